# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_AmbassadorSettingsDialog(object):
    def setupUi(self, AmbassadorSettingsDialog):
        if not AmbassadorSettingsDialog.objectName():
            AmbassadorSettingsDialog.setObjectName(u"AmbassadorSettingsDialog")
        AmbassadorSettingsDialog.setMinimumSize(QSize(440, 0))
        self.layout = QVBoxLayout(AmbassadorSettingsDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.deletionLabel = QLabel(AmbassadorSettingsDialog)
        self.deletionLabel.setObjectName(u"deletionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deletionLabel)

        self.deletionSpin = QSpinBox(AmbassadorSettingsDialog)
        self.deletionSpin.setObjectName(u"deletionSpin")
        self.deletionSpin.setMinimum(0)
        self.deletionSpin.setMaximum(3650)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deletionSpin)

        self.dueLabel = QLabel(AmbassadorSettingsDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueSpin = QSpinBox(AmbassadorSettingsDialog)
        self.dueSpin.setObjectName(u"dueSpin")
        self.dueSpin.setMinimum(1)
        self.dueSpin.setMaximum(365)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dueSpin)


        self.layout.addLayout(self.form)

        self.explanation = QLabel(AmbassadorSettingsDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.errorLabel = QLabel(AmbassadorSettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(AmbassadorSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.deletionLabel.setBuddy(self.deletionSpin)
        self.dueLabel.setBuddy(self.dueSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AmbassadorSettingsDialog)

        QMetaObject.connectSlotsByName(AmbassadorSettingsDialog)
        fit_fields(AmbassadorSettingsDialog)
    # setupUi

    def retranslateUi(self, AmbassadorSettingsDialog):
        AmbassadorSettingsDialog.setWindowTitle(QCoreApplication.translate("AmbassadorSettingsDialog", u"Deadlines for ambassadors", None))
        self.deletionLabel.setText(QCoreApplication.translate("AmbassadorSettingsDialog", u"Delete contact data of stopped ambassadors &after:", None))
        self.deletionSpin.setSuffix(QCoreApplication.translate("AmbassadorSettingsDialog", u" days", None))
        self.dueLabel.setText(QCoreApplication.translate("AmbassadorSettingsDialog", u"Welcome visit &due within:", None))
        self.dueSpin.setSuffix(QCoreApplication.translate("AmbassadorSettingsDialog", u" days", None))
        self.explanation.setText(QCoreApplication.translate("AmbassadorSettingsDialog", u"The deadlines are the same on all the office's PCs. Contact data is deleted, and the name anonymised, the first time the program starts after the deadline; hours and counts stay for the reports.", None))
    # retranslateUi

