# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'retention_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_RetentionTab(object):
    def setupUi(self, RetentionTab):
        if not RetentionTab.objectName():
            RetentionTab.setObjectName(u"RetentionTab")
        self.retentionLayout = QVBoxLayout(RetentionTab)
        self.retentionLayout.setObjectName(u"retentionLayout")
        self.policyGroup = QGroupBox(RetentionTab)
        self.policyGroup.setObjectName(u"policyGroup")
        self.policyForm = QFormLayout(self.policyGroup)
        self.policyForm.setObjectName(u"policyForm")
        self.policyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.notesMonthsLabel = QLabel(self.policyGroup)
        self.notesMonthsLabel.setObjectName(u"notesMonthsLabel")

        self.policyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesMonthsLabel)

        self.notesMonthsSpin = QSpinBox(self.policyGroup)
        self.notesMonthsSpin.setObjectName(u"notesMonthsSpin")
        self.notesMonthsSpin.setMinimum(1)
        self.notesMonthsSpin.setMaximum(120)

        self.policyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notesMonthsSpin)

        self.casesMonthsLabel = QLabel(self.policyGroup)
        self.casesMonthsLabel.setObjectName(u"casesMonthsLabel")

        self.policyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.casesMonthsLabel)

        self.casesMonthsSpin = QSpinBox(self.policyGroup)
        self.casesMonthsSpin.setObjectName(u"casesMonthsSpin")
        self.casesMonthsSpin.setMinimum(1)
        self.casesMonthsSpin.setMaximum(120)

        self.policyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.casesMonthsSpin)

        self.tokensMonthsLabel = QLabel(self.policyGroup)
        self.tokensMonthsLabel.setObjectName(u"tokensMonthsLabel")

        self.policyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tokensMonthsLabel)

        self.tokensMonthsSpin = QSpinBox(self.policyGroup)
        self.tokensMonthsSpin.setObjectName(u"tokensMonthsSpin")
        self.tokensMonthsSpin.setMinimum(0)
        self.tokensMonthsSpin.setMaximum(120)

        self.policyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tokensMonthsSpin)

        self.policyHint = QLabel(self.policyGroup)
        self.policyHint.setObjectName(u"policyHint")
        self.policyHint.setWordWrap(True)

        self.policyForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.policyHint)

        self.savePolicyButton = QPushButton(self.policyGroup)
        self.savePolicyButton.setObjectName(u"savePolicyButton")

        self.policyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.savePolicyButton)


        self.retentionLayout.addWidget(self.policyGroup)

        self.lastRunLabel = QLabel(RetentionTab)
        self.lastRunLabel.setObjectName(u"lastRunLabel")
        self.lastRunLabel.setText(u"")
        self.lastRunLabel.setWordWrap(True)

        self.retentionLayout.addWidget(self.lastRunLabel)

        self.purgeButtons = QHBoxLayout()
        self.purgeButtons.setObjectName(u"purgeButtons")
        self.previewPurgeButton = QPushButton(RetentionTab)
        self.previewPurgeButton.setObjectName(u"previewPurgeButton")

        self.purgeButtons.addWidget(self.previewPurgeButton)

        self.runPurgeButton = QPushButton(RetentionTab)
        self.runPurgeButton.setObjectName(u"runPurgeButton")

        self.purgeButtons.addWidget(self.runPurgeButton)

        self.purgeSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.purgeButtons.addItem(self.purgeSpacer)


        self.retentionLayout.addLayout(self.purgeButtons)

        self.purgeList = QPlainTextEdit(RetentionTab)
        self.purgeList.setObjectName(u"purgeList")
        self.purgeList.setReadOnly(True)

        self.retentionLayout.addWidget(self.purgeList)

        self.retentionLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.notesMonthsLabel.setBuddy(self.notesMonthsSpin)
        self.casesMonthsLabel.setBuddy(self.casesMonthsSpin)
        self.tokensMonthsLabel.setBuddy(self.tokensMonthsSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RetentionTab)

        QMetaObject.connectSlotsByName(RetentionTab)
        fit_fields(RetentionTab)
    # setupUi

    def retranslateUi(self, RetentionTab):
        RetentionTab.setWindowTitle(QCoreApplication.translate("RetentionTab", u"&Deletion deadlines", None))
        self.policyGroup.setTitle(QCoreApplication.translate("RetentionTab", u"Deadlines, in months after the last visit", None))
        self.notesMonthsLabel.setText(QCoreApplication.translate("RetentionTab", u"&Notes are deleted after:", None))
        self.notesMonthsSpin.setSuffix(QCoreApplication.translate("RetentionTab", u" months", None))
        self.casesMonthsLabel.setText(QCoreApplication.translate("RetentionTab", u"Named &cases (name, contact) are deleted after:", None))
        self.casesMonthsSpin.setSuffix(QCoreApplication.translate("RetentionTab", u" months", None))
        self.tokensMonthsLabel.setText(QCoreApplication.translate("RetentionTab", u"Repeat c&odes are deleted after:", None))
        self.tokensMonthsSpin.setSuffix(QCoreApplication.translate("RetentionTab", u" months", None))
        self.tokensMonthsSpin.setSpecialValueText(QCoreApplication.translate("RetentionTab", u"never", None))
        self.policyHint.setText(QCoreApplication.translate("RetentionTab", u"Anonymous visits (date, estate, topics, referral) are kept for the statistics.", None))
        self.savePolicyButton.setText(QCoreApplication.translate("RetentionTab", u"&Save deadlines", None))
        self.previewPurgeButton.setText(QCoreApplication.translate("RetentionTab", u"Show what is &due", None))
        self.runPurgeButton.setText(QCoreApplication.translate("RetentionTab", u"Delete what is due &now\u2026", None))
#if QT_CONFIG(accessibility)
        self.purgeList.setAccessibleName(QCoreApplication.translate("RetentionTab", u"What is due for deletion", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

