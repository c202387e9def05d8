# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crash_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CrashDialog(object):
    def setupUi(self, CrashDialog):
        if not CrashDialog.objectName():
            CrashDialog.setObjectName(u"CrashDialog")
        CrashDialog.setMinimumSize(QSize(620, 420))
        self.layout = QVBoxLayout(CrashDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(CrashDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.reportLabel = QLabel(CrashDialog)
        self.reportLabel.setObjectName(u"reportLabel")
        self.reportLabel.setWordWrap(True)

        self.layout.addWidget(self.reportLabel)

        self.reportText = QPlainTextEdit(CrashDialog)
        self.reportText.setObjectName(u"reportText")
        self.reportText.setReadOnly(True)
        self.reportText.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.reportText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.reportText)

        self.advice = QLabel(CrashDialog)
        self.advice.setObjectName(u"advice")
        self.advice.setText(u"")
        self.advice.setWordWrap(True)

        self.layout.addWidget(self.advice)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.copyButton = QPushButton(CrashDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.copyButton)

        self.copiedLabel = QLabel(CrashDialog)
        self.copiedLabel.setObjectName(u"copiedLabel")
        self.copiedLabel.setText(u"")

        self.buttonRow.addWidget(self.copiedLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.quitButton = QPushButton(CrashDialog)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.quitButton)

        self.continueButton = QPushButton(CrashDialog)
        self.continueButton.setObjectName(u"continueButton")

        self.buttonRow.addWidget(self.continueButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.reportLabel.setBuddy(self.reportText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.continueButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.quitButton)
        QWidget.setTabOrder(self.quitButton, self.reportText)

        self.retranslateUi(CrashDialog)

        self.continueButton.setDefault(True)


        QMetaObject.connectSlotsByName(CrashDialog)
    # setupUi

    def retranslateUi(self, CrashDialog):
        CrashDialog.setWindowTitle(QCoreApplication.translate("CrashDialog", u"Unexpected error", None))
        self.intro.setText(QCoreApplication.translate("CrashDialog", u"<b>Something went wrong in Boligsocial Desktop.</b> What you had already saved is safe; the action you were doing was not completed.", None))
        self.reportLabel.setText(QCoreApplication.translate("CrashDialog", u"&Report (copy it and send it to whoever helps with the office's PCs):", None))
#if QT_CONFIG(accessibility)
        self.reportText.setAccessibleName(QCoreApplication.translate("CrashDialog", u"Error report", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("CrashDialog", u"&Copy report", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("CrashDialog", u"Copy the whole report, so you can paste it into an e-mail", None))
#endif // QT_CONFIG(tooltip)
        self.quitButton.setText(QCoreApplication.translate("CrashDialog", u"C&lose the program", None))
#if QT_CONFIG(tooltip)
        self.quitButton.setToolTip(QCoreApplication.translate("CrashDialog", u"Close Boligsocial Desktop. What you have saved is kept.", None))
#endif // QT_CONFIG(tooltip)
        self.continueButton.setText(QCoreApplication.translate("CrashDialog", u"C&ontinue working", None))
#if QT_CONFIG(tooltip)
        self.continueButton.setToolTip(QCoreApplication.translate("CrashDialog", u"Close this message and go on working", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

