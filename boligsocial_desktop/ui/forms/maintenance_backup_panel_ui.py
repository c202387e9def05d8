# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_BackupPanel(object):
    def setupUi(self, BackupPanel):
        if not BackupPanel.objectName():
            BackupPanel.setObjectName(u"BackupPanel")
        self.layout = QVBoxLayout(BackupPanel)
        self.layout.setObjectName(u"layout")
        self.autoCheck = QCheckBox(BackupPanel)
        self.autoCheck.setObjectName(u"autoCheck")

        self.layout.addWidget(self.autoCheck)

        self.keepLabel = QLabel(BackupPanel)
        self.keepLabel.setObjectName(u"keepLabel")
        self.keepLabel.setText(u"")
        self.keepLabel.setWordWrap(True)

        self.layout.addWidget(self.keepLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderLabel = QLabel(BackupPanel)
        self.folderLabel.setObjectName(u"folderLabel")

        self.folderRow.addWidget(self.folderLabel)

        self.folderValue = QLabel(BackupPanel)
        self.folderValue.setObjectName(u"folderValue")
        self.folderValue.setText(u"\u2013")
        self.folderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.folderValue.sizePolicy().hasHeightForWidth())
        self.folderValue.setSizePolicy(sizePolicy)

        self.folderRow.addWidget(self.folderValue)

        self.chooseFolderButton = QPushButton(BackupPanel)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.folderRow.addWidget(self.chooseFolderButton)

        self.openFolderButton = QPushButton(BackupPanel)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.folderRow.addWidget(self.openFolderButton)


        self.layout.addLayout(self.folderRow)

        self.listRow = QHBoxLayout()
        self.listRow.setObjectName(u"listRow")
        self.backupTable = QTableView(BackupPanel)
        self.backupTable.setObjectName(u"backupTable")
        self.backupTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupTable.setAlternatingRowColors(True)
        self.backupTable.setTabKeyNavigation(False)

        self.listRow.addWidget(self.backupTable)

        self.listButtons = QVBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.backupNowButton = QPushButton(BackupPanel)
        self.backupNowButton.setObjectName(u"backupNowButton")

        self.listButtons.addWidget(self.backupNowButton)

        self.restoreButton = QPushButton(BackupPanel)
        self.restoreButton.setObjectName(u"restoreButton")

        self.listButtons.addWidget(self.restoreButton)

        self.restoreFileButton = QPushButton(BackupPanel)
        self.restoreFileButton.setObjectName(u"restoreFileButton")

        self.listButtons.addWidget(self.restoreFileButton)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.listButtons.addItem(self.listSpacer)


        self.listRow.addLayout(self.listButtons)


        self.layout.addLayout(self.listRow)

        self.statusLabel = QLabel(BackupPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        QWidget.setTabOrder(self.autoCheck, self.chooseFolderButton)
        QWidget.setTabOrder(self.chooseFolderButton, self.openFolderButton)
        QWidget.setTabOrder(self.openFolderButton, self.backupTable)
        QWidget.setTabOrder(self.backupTable, self.backupNowButton)
        QWidget.setTabOrder(self.backupNowButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.restoreFileButton)

        self.retranslateUi(BackupPanel)

        QMetaObject.connectSlotsByName(BackupPanel)
    # setupUi

    def retranslateUi(self, BackupPanel):
        BackupPanel.setWindowTitle(QCoreApplication.translate("BackupPanel", u"Backups", None))
        self.autoCheck.setText(QCoreApplication.translate("BackupPanel", u"Take a &backup of the database automatically every day", None))
#if QT_CONFIG(tooltip)
        self.autoCheck.setToolTip(QCoreApplication.translate("BackupPanel", u"A copy is taken a little after the program starts, at most once a day", None))
#endif // QT_CONFIG(tooltip)
        self.folderLabel.setText(QCoreApplication.translate("BackupPanel", u"Folder:", None))
        self.chooseFolderButton.setText(QCoreApplication.translate("BackupPanel", u"C&hange folder\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseFolderButton.setToolTip(QCoreApplication.translate("BackupPanel", u"Choose another folder for the backups, for example an external drive", None))
#endif // QT_CONFIG(tooltip)
        self.openFolderButton.setText(QCoreApplication.translate("BackupPanel", u"O&pen folder", None))
#if QT_CONFIG(tooltip)
        self.openFolderButton.setToolTip(QCoreApplication.translate("BackupPanel", u"Show the backup folder in Explorer", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.backupTable.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Backups, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.backupNowButton.setText(QCoreApplication.translate("BackupPanel", u"Take a backup &now", None))
#if QT_CONFIG(tooltip)
        self.backupNowButton.setToolTip(QCoreApplication.translate("BackupPanel", u"Take a copy of the database now", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("BackupPanel", u"&Restore the selected\u2026", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("BackupPanel", u"Go back to the data as it was when the selected backup was taken", None))
#endif // QT_CONFIG(tooltip)
        self.restoreFileButton.setText(QCoreApplication.translate("BackupPanel", u"Restore from a &file\u2026", None))
#if QT_CONFIG(tooltip)
        self.restoreFileButton.setToolTip(QCoreApplication.translate("BackupPanel", u"Choose a backup file somewhere else, for example on a USB stick", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

