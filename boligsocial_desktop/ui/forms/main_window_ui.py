# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSplitter,
    QStackedWidget, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionSwitchUser = QAction(MainWindow)
        self.actionSwitchUser.setObjectName(u"actionSwitchUser")
        self.actionSetPin = QAction(MainWindow)
        self.actionSetPin.setObjectName(u"actionSetPin")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.emptyBanner = QFrame(self.central)
        self.emptyBanner.setObjectName(u"emptyBanner")
        self.emptyBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.bannerLayout = QHBoxLayout(self.emptyBanner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.emptyBannerText = QLabel(self.emptyBanner)
        self.emptyBannerText.setObjectName(u"emptyBannerText")
        self.emptyBannerText.setWordWrap(True)

        self.bannerLayout.addWidget(self.emptyBannerText)

        self.loadDemoButton = QPushButton(self.emptyBanner)
        self.loadDemoButton.setObjectName(u"loadDemoButton")

        self.bannerLayout.addWidget(self.loadDemoButton)

        self.dismissBannerButton = QPushButton(self.emptyBanner)
        self.dismissBannerButton.setObjectName(u"dismissBannerButton")

        self.bannerLayout.addWidget(self.dismissBannerButton)


        self.centralLayout.addWidget(self.emptyBanner)

        self.splitter = QSplitter(self.central)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navigation = QListWidget(self.splitter)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMinimumSize(QSize(190, 0))
        self.navigation.setMaximumSize(QSize(260, 16777215))
        self.navigation.setStyleSheet(u"QListWidget#navigation { font-size: 11pt; }\n"
"QListWidget#navigation::item { padding: 7px 8px; }")
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setSpacing(2)
        self.splitter.addWidget(self.navigation)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.splitter.addWidget(self.pages)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuUser = QMenu(self.menubar)
        self.menuUser.setObjectName(u"menuUser")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuUser.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionQuit)
        self.menuUser.addAction(self.actionSwitchUser)
        self.menuUser.addAction(self.actionSetPin)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Boligsocial Desktop", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionSwitchUser.setText(QCoreApplication.translate("MainWindow", u"&Switch user\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionSwitchUser.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+U", None))
#endif // QT_CONFIG(shortcut)
        self.actionSetPin.setText(QCoreApplication.translate("MainWindow", u"Set &PIN\u2026", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Boligsocial Desktop", None))
        self.emptyBannerText.setText(QCoreApplication.translate("MainWindow", u"The database is empty. You can try the program with demo data: a made-up estate with activities, ambassadors and advice visits.", None))
        self.loadDemoButton.setText(QCoreApplication.translate("MainWindow", u"Load demo data", None))
        self.dismissBannerButton.setText(QCoreApplication.translate("MainWindow", u"Start with an empty database", None))
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigation", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuUser.setTitle(QCoreApplication.translate("MainWindow", u"&User", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

