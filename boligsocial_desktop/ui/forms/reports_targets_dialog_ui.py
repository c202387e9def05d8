# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'targets_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_TargetsDialog(object):
    def setupUi(self, TargetsDialog):
        if not TargetsDialog.objectName():
            TargetsDialog.setObjectName(u"TargetsDialog")
        TargetsDialog.setMinimumSize(QSize(860, 500))
        self.layout = QVBoxLayout(TargetsDialog)
        self.layout.setObjectName(u"layout")
        self.choiceRow = QHBoxLayout()
        self.choiceRow.setObjectName(u"choiceRow")
        self.grantPeriodLabel = QLabel(TargetsDialog)
        self.grantPeriodLabel.setObjectName(u"grantPeriodLabel")

        self.choiceRow.addWidget(self.grantPeriodLabel)

        self.grantPeriodCombo = QComboBox(TargetsDialog)
        self.grantPeriodCombo.setObjectName(u"grantPeriodCombo")
        self.grantPeriodCombo.setMinimumContentsLength(20)

        self.choiceRow.addWidget(self.grantPeriodCombo)

        self.searchLabel = QLabel(TargetsDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.choiceRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(TargetsDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.choiceRow.addWidget(self.searchEdit)


        self.layout.addLayout(self.choiceRow)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.activityList = QListWidget(TargetsDialog)
        self.activityList.setObjectName(u"activityList")
        self.activityList.setMinimumSize(QSize(340, 0))

        self.columns.addWidget(self.activityList)

        self.targetsColumn = QVBoxLayout()
        self.targetsColumn.setObjectName(u"targetsColumn")
        self.activityLabel = QLabel(TargetsDialog)
        self.activityLabel.setObjectName(u"activityLabel")
        self.activityLabel.setWordWrap(True)

        self.targetsColumn.addWidget(self.activityLabel)

        self.targetsTable = QTableView(TargetsDialog)
        self.targetsTable.setObjectName(u"targetsTable")
        self.targetsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.targetsColumn.addWidget(self.targetsTable)

        self.targetButtons = QHBoxLayout()
        self.targetButtons.setObjectName(u"targetButtons")
        self.addTargetButton = QPushButton(TargetsDialog)
        self.addTargetButton.setObjectName(u"addTargetButton")

        self.targetButtons.addWidget(self.addTargetButton)

        self.removeTargetButton = QPushButton(TargetsDialog)
        self.removeTargetButton.setObjectName(u"removeTargetButton")

        self.targetButtons.addWidget(self.removeTargetButton)

        self.targetButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.targetButtons.addItem(self.targetButtonsSpacer)

        self.saveTargetsButton = QPushButton(TargetsDialog)
        self.saveTargetsButton.setObjectName(u"saveTargetsButton")

        self.targetButtons.addWidget(self.saveTargetsButton)


        self.targetsColumn.addLayout(self.targetButtons)


        self.columns.addLayout(self.targetsColumn)


        self.layout.addLayout(self.columns)

        self.messageLabel = QLabel(TargetsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(TargetsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.grantPeriodLabel.setBuddy(self.grantPeriodCombo)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TargetsDialog)
        self.buttonBox.rejected.connect(TargetsDialog.reject)

        QMetaObject.connectSlotsByName(TargetsDialog)
        fit_fields(TargetsDialog)
    # setupUi

    def retranslateUi(self, TargetsDialog):
        TargetsDialog.setWindowTitle(QCoreApplication.translate("TargetsDialog", u"Targets for activities", None))
        self.grantPeriodLabel.setText(QCoreApplication.translate("TargetsDialog", u"Grant &period:", None))
        self.searchLabel.setText(QCoreApplication.translate("TargetsDialog", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("TargetsDialog", u"Part of the activity's title", None))
#if QT_CONFIG(accessibility)
        self.activityList.setAccessibleName(QCoreApplication.translate("TargetsDialog", u"Activities", None))
#endif // QT_CONFIG(accessibility)
        self.activityLabel.setText(QCoreApplication.translate("TargetsDialog", u"Choose an activity on the left.", None))
#if QT_CONFIG(accessibility)
        self.targetsTable.setAccessibleName(QCoreApplication.translate("TargetsDialog", u"Targets of the activity", None))
#endif // QT_CONFIG(accessibility)
        self.addTargetButton.setText(QCoreApplication.translate("TargetsDialog", u"&Add target", None))
        self.removeTargetButton.setText(QCoreApplication.translate("TargetsDialog", u"&Remove target", None))
        self.saveTargetsButton.setText(QCoreApplication.translate("TargetsDialog", u"Sa&ve targets", None))
    # retranslateUi

