# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_dialog.ui'
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
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from boligsocial_desktop.ui.date_fields import (DateField, TimeField)

class Ui_PlanDialog(object):
    def setupUi(self, PlanDialog):
        if not PlanDialog.objectName():
            PlanDialog.setObjectName(u"PlanDialog")
        PlanDialog.setMinimumSize(QSize(760, 480))
        self.layout = QVBoxLayout(PlanDialog)
        self.layout.setObjectName(u"layout")
        self.planNameRow = QHBoxLayout()
        self.planNameRow.setObjectName(u"planNameRow")
        self.planNameLabel = QLabel(PlanDialog)
        self.planNameLabel.setObjectName(u"planNameLabel")

        self.planNameRow.addWidget(self.planNameLabel)

        self.planNameEdit = QLineEdit(PlanDialog)
        self.planNameEdit.setObjectName(u"planNameEdit")

        self.planNameRow.addWidget(self.planNameEdit)

        self.savePlanNameButton = QPushButton(PlanDialog)
        self.savePlanNameButton.setObjectName(u"savePlanNameButton")

        self.planNameRow.addWidget(self.savePlanNameButton)


        self.layout.addLayout(self.planNameRow)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.periodsColumn = QVBoxLayout()
        self.periodsColumn.setObjectName(u"periodsColumn")
        self.periodsLabel = QLabel(PlanDialog)
        self.periodsLabel.setObjectName(u"periodsLabel")

        self.periodsColumn.addWidget(self.periodsLabel)

        self.periodsList = QListWidget(PlanDialog)
        self.periodsList.setObjectName(u"periodsList")

        self.periodsColumn.addWidget(self.periodsList)

        self.newPeriodButton = QPushButton(PlanDialog)
        self.newPeriodButton.setObjectName(u"newPeriodButton")

        self.periodsColumn.addWidget(self.newPeriodButton)

        self.restoreButton = QPushButton(PlanDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.periodsColumn.addWidget(self.restoreButton)


        self.columns.addLayout(self.periodsColumn)

        self.periodGroup = QGroupBox(PlanDialog)
        self.periodGroup.setObjectName(u"periodGroup")
        self.periodLayout = QVBoxLayout(self.periodGroup)
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodForm = QFormLayout()
        self.periodForm.setObjectName(u"periodForm")
        self.nameLabel = QLabel(self.periodGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.periodForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.periodGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.periodForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.startLabel = QLabel(self.periodGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.periodForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDate = DateField(self.periodGroup)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)
        self.startDate.setDisplayFormat(u"dd-MM-yyyy")

        self.periodForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startDate)

        self.endLabel = QLabel(self.periodGroup)
        self.endLabel.setObjectName(u"endLabel")

        self.periodForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endDate = DateField(self.periodGroup)
        self.endDate.setObjectName(u"endDate")
        self.endDate.setCalendarPopup(True)
        self.endDate.setDisplayFormat(u"dd-MM-yyyy")

        self.periodForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endDate)


        self.periodLayout.addLayout(self.periodForm)

        self.savePeriodButton = QPushButton(self.periodGroup)
        self.savePeriodButton.setObjectName(u"savePeriodButton")

        self.periodLayout.addWidget(self.savePeriodButton)

        self.areasLabel = QLabel(self.periodGroup)
        self.areasLabel.setObjectName(u"areasLabel")

        self.periodLayout.addWidget(self.areasLabel)

        self.areasRow = QHBoxLayout()
        self.areasRow.setObjectName(u"areasRow")
        self.areasList = QListWidget(self.periodGroup)
        self.areasList.setObjectName(u"areasList")

        self.areasRow.addWidget(self.areasList)

        self.areaButtons = QVBoxLayout()
        self.areaButtons.setObjectName(u"areaButtons")
        self.addAreaButton = QPushButton(self.periodGroup)
        self.addAreaButton.setObjectName(u"addAreaButton")

        self.areaButtons.addWidget(self.addAreaButton)

        self.renameAreaButton = QPushButton(self.periodGroup)
        self.renameAreaButton.setObjectName(u"renameAreaButton")

        self.areaButtons.addWidget(self.renameAreaButton)

        self.removeAreaButton = QPushButton(self.periodGroup)
        self.removeAreaButton.setObjectName(u"removeAreaButton")

        self.areaButtons.addWidget(self.removeAreaButton)

        self.upButton = QPushButton(self.periodGroup)
        self.upButton.setObjectName(u"upButton")

        self.areaButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.periodGroup)
        self.downButton.setObjectName(u"downButton")

        self.areaButtons.addWidget(self.downButton)

        self.areaButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.areaButtons.addItem(self.areaButtonsSpacer)


        self.areasRow.addLayout(self.areaButtons)


        self.periodLayout.addLayout(self.areasRow)


        self.columns.addWidget(self.periodGroup)


        self.layout.addLayout(self.columns)

        self.messageLabel = QLabel(PlanDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.planNameLabel.setBuddy(self.planNameEdit)
        self.periodsLabel.setBuddy(self.periodsList)
        self.nameLabel.setBuddy(self.nameEdit)
        self.startLabel.setBuddy(self.startDate)
        self.endLabel.setBuddy(self.endDate)
        self.areasLabel.setBuddy(self.areasList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanDialog)
        self.buttonBox.rejected.connect(PlanDialog.reject)

        QMetaObject.connectSlotsByName(PlanDialog)
    # setupUi

    def retranslateUi(self, PlanDialog):
        PlanDialog.setWindowTitle(QCoreApplication.translate("PlanDialog", u"Grant periods and focus areas", None))
        self.planNameLabel.setText(QCoreApplication.translate("PlanDialog", u"The plan's &name:", None))
        self.planNameEdit.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"e.g. Boligsocial helhedsplan for K\u00f8ge", None))
#if QT_CONFIG(tooltip)
        self.planNameEdit.setToolTip(QCoreApplication.translate("PlanDialog", u"Printed at the top of the status report", None))
#endif // QT_CONFIG(tooltip)
        self.savePlanNameButton.setText(QCoreApplication.translate("PlanDialog", u"Save &name", None))
        self.periodsLabel.setText(QCoreApplication.translate("PlanDialog", u"Grant &periods:", None))
#if QT_CONFIG(accessibility)
        self.periodsList.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Grant periods", None))
#endif // QT_CONFIG(accessibility)
        self.newPeriodButton.setText(QCoreApplication.translate("PlanDialog", u"N&ew period", None))
        self.restoreButton.setText(QCoreApplication.translate("PlanDialog", u"&Restore 2015\u20132018 and 2019\u20132026", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("PlanDialog", u"Bring back the preset periods and focus areas that are missing", None))
#endif // QT_CONFIG(tooltip)
        self.periodGroup.setTitle(QCoreApplication.translate("PlanDialog", u"Grant period", None))
        self.nameLabel.setText(QCoreApplication.translate("PlanDialog", u"Na&me:", None))
        self.startLabel.setText(QCoreApplication.translate("PlanDialog", u"&First day:", None))
        self.endLabel.setText(QCoreApplication.translate("PlanDialog", u"&Last day:", None))
        self.savePeriodButton.setText(QCoreApplication.translate("PlanDialog", u"&Save period", None))
        self.areasLabel.setText(QCoreApplication.translate("PlanDialog", u"Focus &areas (in report order):", None))
#if QT_CONFIG(accessibility)
        self.areasList.setAccessibleName(QCoreApplication.translate("PlanDialog", u"Focus areas", None))
#endif // QT_CONFIG(accessibility)
        self.addAreaButton.setText(QCoreApplication.translate("PlanDialog", u"A&dd\u2026", None))
        self.renameAreaButton.setText(QCoreApplication.translate("PlanDialog", u"Re&name\u2026", None))
        self.removeAreaButton.setText(QCoreApplication.translate("PlanDialog", u"Remo&ve", None))
        self.upButton.setText(QCoreApplication.translate("PlanDialog", u"Move &up", None))
        self.downButton.setText(QCoreApplication.translate("PlanDialog", u"Move d&own", None))
    # retranslateUi

