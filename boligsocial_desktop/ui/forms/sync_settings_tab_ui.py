# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_tab.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_SyncSettingsTab(object):
    def setupUi(self, SyncSettingsTab):
        if not SyncSettingsTab.objectName():
            SyncSettingsTab.setObjectName(u"SyncSettingsTab")
        self.layout = QVBoxLayout(SyncSettingsTab)
        self.layout.setObjectName(u"layout")
        self.folderGroup = QGroupBox(SyncSettingsTab)
        self.folderGroup.setObjectName(u"folderGroup")
        self.folderLayout = QVBoxLayout(self.folderGroup)
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderIntro = QLabel(self.folderGroup)
        self.folderIntro.setObjectName(u"folderIntro")
        self.folderIntro.setWordWrap(True)

        self.folderLayout.addWidget(self.folderIntro)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderLabel = QLabel(self.folderGroup)
        self.folderLabel.setObjectName(u"folderLabel")

        self.folderRow.addWidget(self.folderLabel)

        self.folderValue = QLabel(self.folderGroup)
        self.folderValue.setObjectName(u"folderValue")
        self.folderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.folderValue.sizePolicy().hasHeightForWidth())
        self.folderValue.setSizePolicy(sizePolicy)

        self.folderRow.addWidget(self.folderValue)

        self.chooseButton = QPushButton(self.folderGroup)
        self.chooseButton.setObjectName(u"chooseButton")

        self.folderRow.addWidget(self.chooseButton)

        self.stopButton = QPushButton(self.folderGroup)
        self.stopButton.setObjectName(u"stopButton")

        self.folderRow.addWidget(self.stopButton)


        self.folderLayout.addLayout(self.folderRow)

        self.errorLabel = QLabel(self.folderGroup)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setText(u"")

        self.folderLayout.addWidget(self.errorLabel)


        self.layout.addWidget(self.folderGroup)

        self.statusGroup = QGroupBox(SyncSettingsTab)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusForm = QFormLayout(self.statusGroup)
        self.statusForm.setObjectName(u"statusForm")
        self.lastLabel = QLabel(self.statusGroup)
        self.lastLabel.setObjectName(u"lastLabel")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lastLabel)

        self.lastValue = QLabel(self.statusGroup)
        self.lastValue.setObjectName(u"lastValue")
        self.lastValue.setText(u"\u2013")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lastValue)

        self.pendingLabel = QLabel(self.statusGroup)
        self.pendingLabel.setObjectName(u"pendingLabel")

        self.statusForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pendingLabel)

        self.pendingValue = QLabel(self.statusGroup)
        self.pendingValue.setObjectName(u"pendingValue")
        self.pendingValue.setText(u"\u2013")

        self.statusForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pendingValue)

        self.waitingLabel = QLabel(self.statusGroup)
        self.waitingLabel.setObjectName(u"waitingLabel")

        self.statusForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.waitingLabel)

        self.waitingValue = QLabel(self.statusGroup)
        self.waitingValue.setObjectName(u"waitingValue")
        self.waitingValue.setText(u"\u2013")
        self.waitingValue.setWordWrap(True)

        self.statusForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.waitingValue)

        self.conflictsLabel = QLabel(self.statusGroup)
        self.conflictsLabel.setObjectName(u"conflictsLabel")

        self.statusForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.conflictsLabel)

        self.conflictsRow = QHBoxLayout()
        self.conflictsRow.setObjectName(u"conflictsRow")
        self.conflictsValue = QLabel(self.statusGroup)
        self.conflictsValue.setObjectName(u"conflictsValue")
        self.conflictsValue.setText(u"\u2013")

        self.conflictsRow.addWidget(self.conflictsValue)

        self.conflictsButton = QPushButton(self.statusGroup)
        self.conflictsButton.setObjectName(u"conflictsButton")

        self.conflictsRow.addWidget(self.conflictsButton)

        self.conflictsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conflictsRow.addItem(self.conflictsSpacer)

        self.syncButton = QPushButton(self.statusGroup)
        self.syncButton.setObjectName(u"syncButton")

        self.conflictsRow.addWidget(self.syncButton)


        self.statusForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.conflictsRow)


        self.layout.addWidget(self.statusGroup)

        self.peersGroup = QGroupBox(SyncSettingsTab)
        self.peersGroup.setObjectName(u"peersGroup")
        self.peersLayout = QVBoxLayout(self.peersGroup)
        self.peersLayout.setObjectName(u"peersLayout")
        self.peersTable = QTableView(self.peersGroup)
        self.peersTable.setObjectName(u"peersTable")
        self.peersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peersTable.setAlternatingRowColors(True)

        self.peersLayout.addWidget(self.peersTable)


        self.layout.addWidget(self.peersGroup)

        self.problemsGroup = QGroupBox(SyncSettingsTab)
        self.problemsGroup.setObjectName(u"problemsGroup")
        self.problemsLayout = QVBoxLayout(self.problemsGroup)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsTable = QTableView(self.problemsGroup)
        self.problemsTable.setObjectName(u"problemsTable")
        self.problemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsTable.setAlternatingRowColors(True)
        self.problemsTable.setWordWrap(False)

        self.problemsLayout.addWidget(self.problemsTable)


        self.layout.addWidget(self.problemsGroup)


        self.retranslateUi(SyncSettingsTab)

        QMetaObject.connectSlotsByName(SyncSettingsTab)
    # setupUi

    def retranslateUi(self, SyncSettingsTab):
        self.folderGroup.setTitle(QCoreApplication.translate("SyncSettingsTab", u"Shared folder", None))
        self.folderIntro.setText(QCoreApplication.translate("SyncSettingsTab", u"The PCs of the office share their changes through a folder they can all reach, for example a network drive. Each PC keeps its own database; only change files go to the folder.", None))
        self.folderLabel.setText(QCoreApplication.translate("SyncSettingsTab", u"Folder:", None))
        self.folderValue.setText(QCoreApplication.translate("SyncSettingsTab", u"Not chosen", None))
        self.chooseButton.setText(QCoreApplication.translate("SyncSettingsTab", u"&Choose folder\u2026", None))
        self.stopButton.setText(QCoreApplication.translate("SyncSettingsTab", u"S&top sharing", None))
        self.statusGroup.setTitle(QCoreApplication.translate("SyncSettingsTab", u"Status", None))
        self.lastLabel.setText(QCoreApplication.translate("SyncSettingsTab", u"Last shared:", None))
        self.pendingLabel.setText(QCoreApplication.translate("SyncSettingsTab", u"Changes not yet sent:", None))
        self.waitingLabel.setText(QCoreApplication.translate("SyncSettingsTab", u"Waiting:", None))
        self.conflictsLabel.setText(QCoreApplication.translate("SyncSettingsTab", u"Conflicts:", None))
        self.conflictsButton.setText(QCoreApplication.translate("SyncSettingsTab", u"Show &conflicts\u2026", None))
        self.syncButton.setText(QCoreApplication.translate("SyncSettingsTab", u"&Share now", None))
        self.peersGroup.setTitle(QCoreApplication.translate("SyncSettingsTab", u"Other PCs", None))
#if QT_CONFIG(accessibility)
        self.peersTable.setAccessibleName(QCoreApplication.translate("SyncSettingsTab", u"Other PCs", None))
#endif // QT_CONFIG(accessibility)
        self.problemsGroup.setTitle(QCoreApplication.translate("SyncSettingsTab", u"Files on the shared folder that were left alone", None))
#if QT_CONFIG(accessibility)
        self.problemsTable.setAccessibleName(QCoreApplication.translate("SyncSettingsTab", u"Files left alone", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

