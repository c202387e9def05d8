# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'layout_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QWidget)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_PosterLayoutTab(object):
    def setupUi(self, layoutTab):
        if not layoutTab.objectName():
            layoutTab.setObjectName(u"layoutTab")
        self.layoutForm = QFormLayout(layoutTab)
        self.layoutForm.setObjectName(u"layoutForm")
        self.templateLabel = QLabel(layoutTab)
        self.templateLabel.setObjectName(u"templateLabel")

        self.layoutForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(layoutTab)
        self.templateCombo.setObjectName(u"templateCombo")

        self.layoutForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.paperLabel = QLabel(layoutTab)
        self.paperLabel.setObjectName(u"paperLabel")

        self.layoutForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(layoutTab)
        self.paperCombo.setObjectName(u"paperCombo")

        self.layoutForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.perPageCheck = QCheckBox(layoutTab)
        self.perPageCheck.setObjectName(u"perPageCheck")

        self.layoutForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.perPageCheck)

        self.languagesLabel = QLabel(layoutTab)
        self.languagesLabel.setObjectName(u"languagesLabel")
        self.languagesLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.layoutForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languageList = QListWidget(layoutTab)
        self.languageList.setObjectName(u"languageList")
        self.languageList.setMinimumSize(QSize(0, 150))

        self.layoutForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageList)

        self.pictogramLabel = QLabel(layoutTab)
        self.pictogramLabel.setObjectName(u"pictogramLabel")

        self.layoutForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pictogramLabel)

        self.pictogramCombo = QComboBox(layoutTab)
        self.pictogramCombo.setObjectName(u"pictogramCombo")

        self.layoutForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pictogramCombo)

        self.pictureLabel = QLabel(layoutTab)
        self.pictureLabel.setObjectName(u"pictureLabel")

        self.layoutForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pictureLabel)

        self.pictureRow = QHBoxLayout()
        self.pictureRow.setObjectName(u"pictureRow")
        self.pictureName = QLabel(layoutTab)
        self.pictureName.setObjectName(u"pictureName")

        self.pictureRow.addWidget(self.pictureName)

        self.pictureSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pictureRow.addItem(self.pictureSpacer)

        self.pictureButton = QPushButton(layoutTab)
        self.pictureButton.setObjectName(u"pictureButton")

        self.pictureRow.addWidget(self.pictureButton)

        self.clearPictureButton = QPushButton(layoutTab)
        self.clearPictureButton.setObjectName(u"clearPictureButton")

        self.pictureRow.addWidget(self.clearPictureButton)


        self.layoutForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.pictureRow)

        self.qrLabel = QLabel(layoutTab)
        self.qrLabel.setObjectName(u"qrLabel")

        self.layoutForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.qrLabel)

        self.qrKindCombo = QComboBox(layoutTab)
        self.qrKindCombo.setObjectName(u"qrKindCombo")

        self.layoutForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.qrKindCombo)

        self.qrTargetLabel = QLabel(layoutTab)
        self.qrTargetLabel.setObjectName(u"qrTargetLabel")

        self.layoutForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.qrTargetLabel)

        self.qrEdit = QLineEdit(layoutTab)
        self.qrEdit.setObjectName(u"qrEdit")

        self.layoutForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.qrEdit)

        self.smsLabel = QLabel(layoutTab)
        self.smsLabel.setObjectName(u"smsLabel")

        self.layoutForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.smsLabel)

        self.smsEdit = QLineEdit(layoutTab)
        self.smsEdit.setObjectName(u"smsEdit")

        self.layoutForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.smsEdit)

        self.logoLabel = QLabel(layoutTab)
        self.logoLabel.setObjectName(u"logoLabel")

        self.layoutForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logoValue = QLabel(layoutTab)
        self.logoValue.setObjectName(u"logoValue")
        self.logoValue.setText(u"")

        self.logoRow.addWidget(self.logoValue)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoRow.addItem(self.logoSpacer)

        self.logoButton = QPushButton(layoutTab)
        self.logoButton.setObjectName(u"logoButton")

        self.logoRow.addWidget(self.logoButton)

        self.clearLogoButton = QPushButton(layoutTab)
        self.clearLogoButton.setObjectName(u"clearLogoButton")

        self.logoRow.addWidget(self.clearLogoButton)


        self.layoutForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.logoRow)

#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.paperLabel.setBuddy(self.paperCombo)
        self.languagesLabel.setBuddy(self.languageList)
        self.pictogramLabel.setBuddy(self.pictogramCombo)
        self.qrLabel.setBuddy(self.qrKindCombo)
        self.qrTargetLabel.setBuddy(self.qrEdit)
        self.smsLabel.setBuddy(self.smsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(layoutTab)

        QMetaObject.connectSlotsByName(layoutTab)
        fit_fields(layoutTab)
    # setupUi

    def retranslateUi(self, layoutTab):
        layoutTab.setWindowTitle(QCoreApplication.translate("PosterLayoutTab", u"&Layout", None))
        self.templateLabel.setText(QCoreApplication.translate("PosterLayoutTab", u"Te&mplate:", None))
        self.paperLabel.setText(QCoreApplication.translate("PosterLayoutTab", u"&Paper:", None))
        self.perPageCheck.setText(QCoreApplication.translate("PosterLayoutTab", u"One language per &page", None))
        self.languagesLabel.setText(QCoreApplication.translate("PosterLayoutTab", u"Lan&guages:", None))
        self.pictogramLabel.setText(QCoreApplication.translate("PosterLayoutTab", u"Pict&ogram:", None))
        self.pictureLabel.setText(QCoreApplication.translate("PosterLayoutTab", u"Picture:", None))
        self.pictureName.setText(QCoreApplication.translate("PosterLayoutTab", u"No picture", None))
        self.pictureButton.setText(QCoreApplication.translate("PosterLayoutTab", u"C&hoose\u2026", None))
        self.clearPictureButton.setText(QCoreApplication.translate("PosterLayoutTab", u"Remove", None))
        self.qrLabel.setText(QCoreApplication.translate("PosterLayoutTab", u"&QR code:", None))
        self.qrTargetLabel.setText(QCoreApplication.translate("PosterLayoutTab", u"Lin&k or number:", None))
        self.smsLabel.setText(QCoreApplication.translate("PosterLayoutTab", u"Te&xt message:", None))
        self.smsEdit.setPlaceholderText(QCoreApplication.translate("PosterLayoutTab", u"e.g. SIGN UP 2 adults", None))
        self.logoLabel.setText(QCoreApplication.translate("PosterLayoutTab", u"Estate logo:", None))
        self.logoButton.setText(QCoreApplication.translate("PosterLayoutTab", u"Choose &logo\u2026", None))
        self.clearLogoButton.setText(QCoreApplication.translate("PosterLayoutTab", u"Remove logo", None))
    # retranslateUi

