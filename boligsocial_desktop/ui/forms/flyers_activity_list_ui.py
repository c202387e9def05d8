# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_list.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_ActivityListPanel(object):
    def setupUi(self, listPanel):
        if not listPanel.objectName():
            listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listTitle = QLabel(listPanel)
        self.listTitle.setObjectName(u"listTitle")

        self.listLayout.addWidget(self.listTitle)

        self.estateCombo = QComboBox(listPanel)
        self.estateCombo.setObjectName(u"estateCombo")

        self.listLayout.addWidget(self.estateCombo)

        self.searchEdit = QLineEdit(listPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.searchEdit)

        self.activityTable = QTableView(listPanel)
        self.activityTable.setObjectName(u"activityTable")
        self.activityTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activityTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activityTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activityTable.setAlternatingRowColors(True)
        self.activityTable.setWordWrap(False)

        self.listLayout.addWidget(self.activityTable)

        self.batchButton = QPushButton(listPanel)
        self.batchButton.setObjectName(u"batchButton")

        self.listLayout.addWidget(self.batchButton)

        self.batchProgress = QProgressBar(listPanel)
        self.batchProgress.setObjectName(u"batchProgress")
        self.batchProgress.setVisible(False)
        self.batchProgress.setValue(0)

        self.listLayout.addWidget(self.batchProgress)


        self.retranslateUi(listPanel)

        QMetaObject.connectSlotsByName(listPanel)
        fit_fields(listPanel)
    # setupUi

    def retranslateUi(self, listPanel):
        self.listTitle.setText(QCoreApplication.translate("ActivityListPanel", u"<b>Activities</b>", None))
#if QT_CONFIG(tooltip)
        self.estateCombo.setToolTip(QCoreApplication.translate("ActivityListPanel", u"Show the activities of one estate", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ActivityListPanel", u"Search activities by title", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ActivityListPanel", u"Search by title", None))
#if QT_CONFIG(accessibility)
        self.activityTable.setAccessibleName(QCoreApplication.translate("ActivityListPanel", u"Activities", None))
#endif // QT_CONFIG(accessibility)
        self.batchButton.setText(QCoreApplication.translate("ActivityListPanel", u"Posters for &all shown\u2026", None))
#if QT_CONFIG(tooltip)
        self.batchButton.setToolTip(QCoreApplication.translate("ActivityListPanel", u"Save a poster as PDF for every activity in the list, in the languages that are translated", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

