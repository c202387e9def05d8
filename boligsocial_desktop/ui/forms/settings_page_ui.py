# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHeaderView, QLabel, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.layout = QVBoxLayout(SettingsPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(24, 16, 24, -1)
        self.title = QLabel(SettingsPage)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.pcGroup = QGroupBox(SettingsPage)
        self.pcGroup.setObjectName(u"pcGroup")
        self.pcForm = QFormLayout(self.pcGroup)
        self.pcForm.setObjectName(u"pcForm")
        self.databaseLabel = QLabel(self.pcGroup)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.pcForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseValue = QLabel(self.pcGroup)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setText(u"\u2013")
        self.databaseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pcForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.databaseValue)

        self.originLabel = QLabel(self.pcGroup)
        self.originLabel.setObjectName(u"originLabel")

        self.pcForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.originLabel)

        self.originValue = QLabel(self.pcGroup)
        self.originValue.setObjectName(u"originValue")
        self.originValue.setText(u"\u2013")
        self.originValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pcForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.originValue)

        self.pendingLabel = QLabel(self.pcGroup)
        self.pendingLabel.setObjectName(u"pendingLabel")

        self.pcForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pendingLabel)

        self.pendingValue = QLabel(self.pcGroup)
        self.pendingValue.setObjectName(u"pendingValue")
        self.pendingValue.setText(u"\u2013")

        self.pcForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pendingValue)

        self.versionLabel = QLabel(self.pcGroup)
        self.versionLabel.setObjectName(u"versionLabel")

        self.pcForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.versionValue = QLabel(self.pcGroup)
        self.versionValue.setObjectName(u"versionValue")
        self.versionValue.setText(u"\u2013")

        self.pcForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.versionValue)


        self.layout.addWidget(self.pcGroup)

        self.staffGroup = QGroupBox(SettingsPage)
        self.staffGroup.setObjectName(u"staffGroup")
        self.staffLayout = QVBoxLayout(self.staffGroup)
        self.staffLayout.setObjectName(u"staffLayout")
        self.staffTable = QTableView(self.staffGroup)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffTable.setSortingEnabled(False)
        self.staffTable.setAlternatingRowColors(True)

        self.staffLayout.addWidget(self.staffTable)


        self.layout.addWidget(self.staffGroup)


        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.title.setText(QCoreApplication.translate("SettingsPage", u"<h1>Settings</h1>", None))
        self.pcGroup.setTitle(QCoreApplication.translate("SettingsPage", u"This PC", None))
        self.databaseLabel.setText(QCoreApplication.translate("SettingsPage", u"Database file:", None))
        self.originLabel.setText(QCoreApplication.translate("SettingsPage", u"PC identity:", None))
        self.pendingLabel.setText(QCoreApplication.translate("SettingsPage", u"Changes not yet shared:", None))
        self.versionLabel.setText(QCoreApplication.translate("SettingsPage", u"Program version:", None))
        self.staffGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Staff members", None))
#if QT_CONFIG(accessibility)
        self.staffTable.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Staff members", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

