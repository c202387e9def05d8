# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'choose_ambassador_dialog.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ChooseAmbassadorDialog(object):
    def setupUi(self, ChooseAmbassadorDialog):
        if not ChooseAmbassadorDialog.objectName():
            ChooseAmbassadorDialog.setObjectName(u"ChooseAmbassadorDialog")
        ChooseAmbassadorDialog.setMinimumSize(QSize(380, 420))
        self.layout = QVBoxLayout(ChooseAmbassadorDialog)
        self.layout.setObjectName(u"layout")
        self.infoLabel = QLabel(ChooseAmbassadorDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setText(u"")
        self.infoLabel.setWordWrap(True)

        self.layout.addWidget(self.infoLabel)

        self.filterEdit = QLineEdit(ChooseAmbassadorDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.layout.addWidget(self.filterEdit)

        self.ambassadorList = QListWidget(ChooseAmbassadorDialog)
        self.ambassadorList.setObjectName(u"ambassadorList")

        self.layout.addWidget(self.ambassadorList)

        self.errorLabel = QLabel(ChooseAmbassadorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(ChooseAmbassadorDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(ChooseAmbassadorDialog)

        QMetaObject.connectSlotsByName(ChooseAmbassadorDialog)
    # setupUi

    def retranslateUi(self, ChooseAmbassadorDialog):
        ChooseAmbassadorDialog.setWindowTitle(QCoreApplication.translate("ChooseAmbassadorDialog", u"Choose ambassador", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("ChooseAmbassadorDialog", u"Search by name or language", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("ChooseAmbassadorDialog", u"Search", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ambassadorList.setAccessibleName(QCoreApplication.translate("ChooseAmbassadorDialog", u"Ambassadors", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

