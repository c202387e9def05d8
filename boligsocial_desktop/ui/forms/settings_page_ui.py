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
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QTreeView, QVBoxLayout,
    QWidget)

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

        self.tabs = QTabWidget(SettingsPage)
        self.tabs.setObjectName(u"tabs")
        self.pcTab = QWidget()
        self.pcTab.setObjectName(u"pcTab")
        self.pcTabLayout = QVBoxLayout(self.pcTab)
        self.pcTabLayout.setObjectName(u"pcTabLayout")
        self.pcGroup = QGroupBox(self.pcTab)
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


        self.pcTabLayout.addWidget(self.pcGroup)

        self.tabs.addTab(self.pcTab, "")
        self.staffTab = QWidget()
        self.staffTab.setObjectName(u"staffTab")
        self.staffTabLayout = QVBoxLayout(self.staffTab)
        self.staffTabLayout.setObjectName(u"staffTabLayout")
        self.staffGroup = QGroupBox(self.staffTab)
        self.staffGroup.setObjectName(u"staffGroup")
        self.staffLayout = QHBoxLayout(self.staffGroup)
        self.staffLayout.setObjectName(u"staffLayout")
        self.staffTable = QTableView(self.staffGroup)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffTable.setSortingEnabled(False)
        self.staffTable.setAlternatingRowColors(True)

        self.staffLayout.addWidget(self.staffTable)

        self.staffButtons = QVBoxLayout()
        self.staffButtons.setObjectName(u"staffButtons")
        self.newStaffButton = QPushButton(self.staffGroup)
        self.newStaffButton.setObjectName(u"newStaffButton")

        self.staffButtons.addWidget(self.newStaffButton)

        self.editStaffButton = QPushButton(self.staffGroup)
        self.editStaffButton.setObjectName(u"editStaffButton")

        self.staffButtons.addWidget(self.editStaffButton)

        self.deactivateStaffButton = QPushButton(self.staffGroup)
        self.deactivateStaffButton.setObjectName(u"deactivateStaffButton")

        self.staffButtons.addWidget(self.deactivateStaffButton)

        self.reactivateStaffButton = QPushButton(self.staffGroup)
        self.reactivateStaffButton.setObjectName(u"reactivateStaffButton")

        self.staffButtons.addWidget(self.reactivateStaffButton)

        self.staffAdminNote = QLabel(self.staffGroup)
        self.staffAdminNote.setObjectName(u"staffAdminNote")
        self.staffAdminNote.setWordWrap(True)
        self.staffAdminNote.setMaximumSize(QSize(200, 16777215))

        self.staffButtons.addWidget(self.staffAdminNote)

        self.staffSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.staffButtons.addItem(self.staffSpacer)


        self.staffLayout.addLayout(self.staffButtons)


        self.staffTabLayout.addWidget(self.staffGroup)

        self.tabs.addTab(self.staffTab, "")
        self.placesTab = QWidget()
        self.placesTab.setObjectName(u"placesTab")
        self.placesTabLayout = QVBoxLayout(self.placesTab)
        self.placesTabLayout.setObjectName(u"placesTabLayout")
        self.placesNotice = QLabel(self.placesTab)
        self.placesNotice.setObjectName(u"placesNotice")
        self.placesNotice.setText(u"")
        self.placesNotice.setWordWrap(True)

        self.placesTabLayout.addWidget(self.placesNotice)

        self.placesRow = QHBoxLayout()
        self.placesRow.setObjectName(u"placesRow")
        self.placesTree = QTreeView(self.placesTab)
        self.placesTree.setObjectName(u"placesTree")
        self.placesTree.setHeaderHidden(False)

        self.placesRow.addWidget(self.placesTree)

        self.placesButtons = QVBoxLayout()
        self.placesButtons.setObjectName(u"placesButtons")
        self.newEstateButton = QPushButton(self.placesTab)
        self.newEstateButton.setObjectName(u"newEstateButton")

        self.placesButtons.addWidget(self.newEstateButton)

        self.newHouseButton = QPushButton(self.placesTab)
        self.newHouseButton.setObjectName(u"newHouseButton")

        self.placesButtons.addWidget(self.newHouseButton)

        self.newRoomButton = QPushButton(self.placesTab)
        self.newRoomButton.setObjectName(u"newRoomButton")

        self.placesButtons.addWidget(self.newRoomButton)

        self.editPlaceButton = QPushButton(self.placesTab)
        self.editPlaceButton.setObjectName(u"editPlaceButton")

        self.placesButtons.addWidget(self.editPlaceButton)

        self.removePlaceButton = QPushButton(self.placesTab)
        self.removePlaceButton.setObjectName(u"removePlaceButton")

        self.placesButtons.addWidget(self.removePlaceButton)

        self.restorePlaceButton = QPushButton(self.placesTab)
        self.restorePlaceButton.setObjectName(u"restorePlaceButton")

        self.placesButtons.addWidget(self.restorePlaceButton)

        self.placesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.placesButtons.addItem(self.placesSpacer)


        self.placesRow.addLayout(self.placesButtons)


        self.placesTabLayout.addLayout(self.placesRow)

        self.tabs.addTab(self.placesTab, "")
        self.closingTab = QWidget()
        self.closingTab.setObjectName(u"closingTab")
        self.closingTabLayout = QVBoxLayout(self.closingTab)
        self.closingTabLayout.setObjectName(u"closingTabLayout")
        self.closingIntro = QLabel(self.closingTab)
        self.closingIntro.setObjectName(u"closingIntro")
        self.closingIntro.setWordWrap(True)

        self.closingTabLayout.addWidget(self.closingIntro)

        self.closingRow = QHBoxLayout()
        self.closingRow.setObjectName(u"closingRow")
        self.closingList = QListWidget(self.closingTab)
        self.closingList.setObjectName(u"closingList")

        self.closingRow.addWidget(self.closingList)

        self.closingButtons = QVBoxLayout()
        self.closingButtons.setObjectName(u"closingButtons")
        self.newClosingButton = QPushButton(self.closingTab)
        self.newClosingButton.setObjectName(u"newClosingButton")

        self.closingButtons.addWidget(self.newClosingButton)

        self.editClosingButton = QPushButton(self.closingTab)
        self.editClosingButton.setObjectName(u"editClosingButton")

        self.closingButtons.addWidget(self.editClosingButton)

        self.deleteClosingButton = QPushButton(self.closingTab)
        self.deleteClosingButton.setObjectName(u"deleteClosingButton")

        self.closingButtons.addWidget(self.deleteClosingButton)

        self.closingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.closingButtons.addItem(self.closingSpacer)


        self.closingRow.addLayout(self.closingButtons)


        self.closingTabLayout.addLayout(self.closingRow)

        self.tabs.addTab(self.closingTab, "")

        self.layout.addWidget(self.tabs)


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
        self.tabs.setTabText(self.tabs.indexOf(self.pcTab), QCoreApplication.translate("SettingsPage", u"This PC", None))
        self.staffGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Staff members", None))
#if QT_CONFIG(accessibility)
        self.staffTable.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Staff members", None))
#endif // QT_CONFIG(accessibility)
        self.newStaffButton.setText(QCoreApplication.translate("SettingsPage", u"New &colleague\u2026", None))
#if QT_CONFIG(accessibility)
        self.newStaffButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"New colleague", None))
#endif // QT_CONFIG(accessibility)
        self.editStaffButton.setText(QCoreApplication.translate("SettingsPage", u"&Edit colleague\u2026", None))
#if QT_CONFIG(accessibility)
        self.editStaffButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Edit colleague", None))
#endif // QT_CONFIG(accessibility)
        self.deactivateStaffButton.setText(QCoreApplication.translate("SettingsPage", u"&Deactivate", None))
#if QT_CONFIG(accessibility)
        self.deactivateStaffButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Deactivate colleague", None))
#endif // QT_CONFIG(accessibility)
        self.reactivateStaffButton.setText(QCoreApplication.translate("SettingsPage", u"Re&activate", None))
#if QT_CONFIG(accessibility)
        self.reactivateStaffButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Reactivate colleague", None))
#endif // QT_CONFIG(accessibility)
        self.staffAdminNote.setText(QCoreApplication.translate("SettingsPage", u"Only an administrator can add and edit staff.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.staffTab), QCoreApplication.translate("SettingsPage", u"Staff", None))
#if QT_CONFIG(accessibility)
        self.placesTree.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Estates, houses and rooms", None))
#endif // QT_CONFIG(accessibility)
        self.newEstateButton.setText(QCoreApplication.translate("SettingsPage", u"New &estate\u2026", None))
        self.newHouseButton.setText(QCoreApplication.translate("SettingsPage", u"New &house\u2026", None))
        self.newRoomButton.setText(QCoreApplication.translate("SettingsPage", u"New &room\u2026", None))
        self.editPlaceButton.setText(QCoreApplication.translate("SettingsPage", u"E&dit\u2026", None))
        self.removePlaceButton.setText(QCoreApplication.translate("SettingsPage", u"Re&move\u2026", None))
#if QT_CONFIG(accessibility)
        self.removePlaceButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Remove or archive house or room", None))
#endif // QT_CONFIG(accessibility)
        self.restorePlaceButton.setText(QCoreApplication.translate("SettingsPage", u"&Take into use again", None))
#if QT_CONFIG(accessibility)
        self.restorePlaceButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Take archived house or room into use again", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.placesTab), QCoreApplication.translate("SettingsPage", u"Houses and rooms", None))
        self.closingIntro.setText(QCoreApplication.translate("SettingsPage", u"Activities are not planned in closing periods (for example the school summer holiday) when a series skips them.", None))
#if QT_CONFIG(accessibility)
        self.closingList.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Closing periods", None))
#endif // QT_CONFIG(accessibility)
        self.newClosingButton.setText(QCoreApplication.translate("SettingsPage", u"&New closing period\u2026", None))
        self.editClosingButton.setText(QCoreApplication.translate("SettingsPage", u"&Edit closing period\u2026", None))
#if QT_CONFIG(accessibility)
        self.editClosingButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Edit closing period", None))
#endif // QT_CONFIG(accessibility)
        self.deleteClosingButton.setText(QCoreApplication.translate("SettingsPage", u"De&lete", None))
        self.tabs.setTabText(self.tabs.indexOf(self.closingTab), QCoreApplication.translate("SettingsPage", u"Closing periods", None))
        pass
    # retranslateUi

