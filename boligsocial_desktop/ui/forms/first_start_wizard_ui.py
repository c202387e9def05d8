# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget, QWizard,
    QWizardPage)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_FirstStartWizard(object):
    def setupUi(self, FirstStartWizard):
        if not FirstStartWizard.objectName():
            FirstStartWizard.setObjectName(u"FirstStartWizard")
        FirstStartWizard.setMinimumSize(QSize(680, 460))
        FirstStartWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        FirstStartWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.dataPage = QWizardPage()
        self.dataPage.setObjectName(u"dataPage")
        self.dataLayout = QVBoxLayout(self.dataPage)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataIntro = QLabel(self.dataPage)
        self.dataIntro.setObjectName(u"dataIntro")
        self.dataIntro.setWordWrap(True)

        self.dataLayout.addWidget(self.dataIntro)

        self.dataQuestion = QLabel(self.dataPage)
        self.dataQuestion.setObjectName(u"dataQuestion")

        self.dataLayout.addWidget(self.dataQuestion)

        self.emptyRadio = QRadioButton(self.dataPage)
        self.emptyRadio.setObjectName(u"emptyRadio")
        self.emptyRadio.setChecked(True)

        self.dataLayout.addWidget(self.emptyRadio)

        self.demoRadio = QRadioButton(self.dataPage)
        self.demoRadio.setObjectName(u"demoRadio")

        self.dataLayout.addWidget(self.demoRadio)

        self.dataNote = QLabel(self.dataPage)
        self.dataNote.setObjectName(u"dataNote")
        self.dataNote.setText(u"")
        self.dataNote.setWordWrap(True)

        self.dataLayout.addWidget(self.dataNote)

        self.dataSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dataLayout.addItem(self.dataSpacer)

        FirstStartWizard.addPage(self.dataPage)
        self.officePage = QWizardPage()
        self.officePage.setObjectName(u"officePage")
        self.officeLayout = QVBoxLayout(self.officePage)
        self.officeLayout.setObjectName(u"officeLayout")
        self.existingEstateRadio = QRadioButton(self.officePage)
        self.existingEstateRadio.setObjectName(u"existingEstateRadio")

        self.officeLayout.addWidget(self.existingEstateRadio)

        self.estateCombo = QComboBox(self.officePage)
        self.estateCombo.setObjectName(u"estateCombo")

        self.officeLayout.addWidget(self.estateCombo)

        self.newEstateRadio = QRadioButton(self.officePage)
        self.newEstateRadio.setObjectName(u"newEstateRadio")

        self.officeLayout.addWidget(self.newEstateRadio)

        self.estateForm = QFormLayout()
        self.estateForm.setObjectName(u"estateForm")
        self.estateNameLabel = QLabel(self.officePage)
        self.estateNameLabel.setObjectName(u"estateNameLabel")

        self.estateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.estateNameLabel)

        self.estateNameEdit = QLineEdit(self.officePage)
        self.estateNameEdit.setObjectName(u"estateNameEdit")
        self.estateNameEdit.setMaxLength(120)

        self.estateForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.estateNameEdit)

        self.estateAddressLabel = QLabel(self.officePage)
        self.estateAddressLabel.setObjectName(u"estateAddressLabel")

        self.estateForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.estateAddressLabel)

        self.estateAddressEdit = QLineEdit(self.officePage)
        self.estateAddressEdit.setObjectName(u"estateAddressEdit")
        self.estateAddressEdit.setMaxLength(200)

        self.estateForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.estateAddressEdit)


        self.officeLayout.addLayout(self.estateForm)

        self.officeError = QLabel(self.officePage)
        self.officeError.setObjectName(u"officeError")
        self.officeError.setText(u"")
        self.officeError.setWordWrap(True)

        self.officeLayout.addWidget(self.officeError)

        self.officeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.officeLayout.addItem(self.officeSpacer)

        FirstStartWizard.addPage(self.officePage)
        self.housePage = QWizardPage()
        self.housePage.setObjectName(u"housePage")
        self.houseLayout = QVBoxLayout(self.housePage)
        self.houseLayout.setObjectName(u"houseLayout")
        self.houseForm = QFormLayout()
        self.houseForm.setObjectName(u"houseForm")
        self.houseNameLabel = QLabel(self.housePage)
        self.houseNameLabel.setObjectName(u"houseNameLabel")

        self.houseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.houseNameLabel)

        self.houseNameEdit = QLineEdit(self.housePage)
        self.houseNameEdit.setObjectName(u"houseNameEdit")
        self.houseNameEdit.setMaxLength(120)

        self.houseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.houseNameEdit)

        self.houseAddressLabel = QLabel(self.housePage)
        self.houseAddressLabel.setObjectName(u"houseAddressLabel")

        self.houseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.houseAddressLabel)

        self.houseAddressEdit = QLineEdit(self.housePage)
        self.houseAddressEdit.setObjectName(u"houseAddressEdit")
        self.houseAddressEdit.setMaxLength(200)

        self.houseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.houseAddressEdit)


        self.houseLayout.addLayout(self.houseForm)

        self.roomsLabel = QLabel(self.housePage)
        self.roomsLabel.setObjectName(u"roomsLabel")
        self.roomsLabel.setWordWrap(True)

        self.houseLayout.addWidget(self.roomsLabel)

        self.roomsTable = QTableWidget(self.housePage)
        if (self.roomsTable.columnCount() < 2):
            self.roomsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.roomsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.roomsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        if (self.roomsTable.rowCount() < 4):
            self.roomsTable.setRowCount(4)
        self.roomsTable.setObjectName(u"roomsTable")
        self.roomsTable.setTabKeyNavigation(True)
        self.roomsTable.setRowCount(4)
        self.roomsTable.setColumnCount(2)
        self.roomsTable.horizontalHeader().setDefaultSectionSize(300)
        self.roomsTable.horizontalHeader().setStretchLastSection(True)
        self.roomsTable.verticalHeader().setVisible(False)

        self.houseLayout.addWidget(self.roomsTable)

        self.roomButtons = QHBoxLayout()
        self.roomButtons.setObjectName(u"roomButtons")
        self.addRoomButton = QPushButton(self.housePage)
        self.addRoomButton.setObjectName(u"addRoomButton")

        self.roomButtons.addWidget(self.addRoomButton)

        self.roomButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roomButtons.addItem(self.roomButtonsSpacer)


        self.houseLayout.addLayout(self.roomButtons)

        self.houseNote = QLabel(self.housePage)
        self.houseNote.setObjectName(u"houseNote")
        self.houseNote.setWordWrap(True)

        self.houseLayout.addWidget(self.houseNote)

        self.houseError = QLabel(self.housePage)
        self.houseError.setObjectName(u"houseError")
        self.houseError.setText(u"")
        self.houseError.setWordWrap(True)

        self.houseLayout.addWidget(self.houseError)

        FirstStartWizard.addPage(self.housePage)
        self.staffPage = QWizardPage()
        self.staffPage.setObjectName(u"staffPage")
        self.staffLayout = QVBoxLayout(self.staffPage)
        self.staffLayout.setObjectName(u"staffLayout")
        self.staffForm = QFormLayout()
        self.staffForm.setObjectName(u"staffForm")
        self.nameLabel = QLabel(self.staffPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.staffForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.staffPage)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.staffForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.initialsLabel = QLabel(self.staffPage)
        self.initialsLabel.setObjectName(u"initialsLabel")

        self.staffForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.initialsLabel)

        self.initialsEdit = QLineEdit(self.staffPage)
        self.initialsEdit.setObjectName(u"initialsEdit")
        self.initialsEdit.setMaxLength(10)

        self.staffForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.initialsEdit)

        self.roleLabel = QLabel(self.staffPage)
        self.roleLabel.setObjectName(u"roleLabel")

        self.staffForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.staffPage)
        self.roleCombo.setObjectName(u"roleCombo")

        self.staffForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.pinLabel = QLabel(self.staffPage)
        self.pinLabel.setObjectName(u"pinLabel")

        self.staffForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(self.staffPage)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinEdit.setMaxLength(8)

        self.staffForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pinEdit)


        self.staffLayout.addLayout(self.staffForm)

        self.staffError = QLabel(self.staffPage)
        self.staffError.setObjectName(u"staffError")
        self.staffError.setText(u"")
        self.staffError.setWordWrap(True)

        self.staffLayout.addWidget(self.staffError)

        self.staffSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.staffLayout.addItem(self.staffSpacer)

        FirstStartWizard.addPage(self.staffPage)
        self.sharePage = QWizardPage()
        self.sharePage.setObjectName(u"sharePage")
        self.shareLayout = QVBoxLayout(self.sharePage)
        self.shareLayout.setObjectName(u"shareLayout")
        self.shareRow = QHBoxLayout()
        self.shareRow.setObjectName(u"shareRow")
        self.shareLabel = QLabel(self.sharePage)
        self.shareLabel.setObjectName(u"shareLabel")

        self.shareRow.addWidget(self.shareLabel)

        self.shareEdit = QLineEdit(self.sharePage)
        self.shareEdit.setObjectName(u"shareEdit")

        self.shareRow.addWidget(self.shareEdit)

        self.browseButton = QPushButton(self.sharePage)
        self.browseButton.setObjectName(u"browseButton")

        self.shareRow.addWidget(self.browseButton)


        self.shareLayout.addLayout(self.shareRow)

        self.shareNote = QLabel(self.sharePage)
        self.shareNote.setObjectName(u"shareNote")
        self.shareNote.setWordWrap(True)

        self.shareLayout.addWidget(self.shareNote)

        self.shareError = QLabel(self.sharePage)
        self.shareError.setObjectName(u"shareError")
        self.shareError.setText(u"")
        self.shareError.setWordWrap(True)

        self.shareLayout.addWidget(self.shareError)

        self.shareSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.shareLayout.addItem(self.shareSpacer)

        FirstStartWizard.addPage(self.sharePage)
#if QT_CONFIG(shortcut)
        self.estateNameLabel.setBuddy(self.estateNameEdit)
        self.estateAddressLabel.setBuddy(self.estateAddressEdit)
        self.houseNameLabel.setBuddy(self.houseNameEdit)
        self.houseAddressLabel.setBuddy(self.houseAddressEdit)
        self.roomsLabel.setBuddy(self.roomsTable)
        self.nameLabel.setBuddy(self.nameEdit)
        self.initialsLabel.setBuddy(self.initialsEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.pinLabel.setBuddy(self.pinEdit)
        self.shareLabel.setBuddy(self.shareEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.emptyRadio, self.demoRadio)
        QWidget.setTabOrder(self.demoRadio, self.existingEstateRadio)
        QWidget.setTabOrder(self.existingEstateRadio, self.estateCombo)
        QWidget.setTabOrder(self.estateCombo, self.newEstateRadio)
        QWidget.setTabOrder(self.newEstateRadio, self.estateNameEdit)
        QWidget.setTabOrder(self.estateNameEdit, self.estateAddressEdit)
        QWidget.setTabOrder(self.estateAddressEdit, self.houseNameEdit)
        QWidget.setTabOrder(self.houseNameEdit, self.houseAddressEdit)
        QWidget.setTabOrder(self.houseAddressEdit, self.roomsTable)
        QWidget.setTabOrder(self.roomsTable, self.addRoomButton)
        QWidget.setTabOrder(self.addRoomButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.initialsEdit)
        QWidget.setTabOrder(self.initialsEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.pinEdit)
        QWidget.setTabOrder(self.pinEdit, self.shareEdit)
        QWidget.setTabOrder(self.shareEdit, self.browseButton)

        self.retranslateUi(FirstStartWizard)

        QMetaObject.connectSlotsByName(FirstStartWizard)
        fit_fields(FirstStartWizard)
    # setupUi

    def retranslateUi(self, FirstStartWizard):
        FirstStartWizard.setWindowTitle(QCoreApplication.translate("FirstStartWizard", u"Welcome to Boligsocial Desktop", None))
        self.dataPage.setTitle(QCoreApplication.translate("FirstStartWizard", u"Welcome", None))
        self.dataPage.setSubTitle(QCoreApplication.translate("FirstStartWizard", u"A few questions, and you are ready. You are only asked once.", None))
        self.dataIntro.setText(QCoreApplication.translate("FirstStartWizard", u"Boligsocial Desktop helps the area office with the activity calendar, resident ambassadors, open advice, posters and reports.", None))
        self.dataQuestion.setText(QCoreApplication.translate("FirstStartWizard", u"How do you want to start?", None))
        self.emptyRadio.setText(QCoreApplication.translate("FirstStartWizard", u"With an &empty database, for the office's real data", None))
        self.demoRadio.setText(QCoreApplication.translate("FirstStartWizard", u"With &demo data: made-up estates, activities and ambassadors to try the program", None))
        self.officePage.setTitle(QCoreApplication.translate("FirstStartWizard", u"Your office", None))
        self.officePage.setSubTitle(QCoreApplication.translate("FirstStartWizard", u"Which estate is this PC's office in? It is chosen first in lists and on posters.", None))
        self.existingEstateRadio.setText(QCoreApplication.translate("FirstStartWizard", u"An &estate that is already there:", None))
#if QT_CONFIG(accessibility)
        self.estateCombo.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Estates", None))
#endif // QT_CONFIG(accessibility)
        self.newEstateRadio.setText(QCoreApplication.translate("FirstStartWizard", u"A &new estate:", None))
        self.estateNameLabel.setText(QCoreApplication.translate("FirstStartWizard", u"Na&me:", None))
        self.estateNameEdit.setPlaceholderText(QCoreApplication.translate("FirstStartWizard", u"for example Karlemoseparken", None))
        self.estateAddressLabel.setText(QCoreApplication.translate("FirstStartWizard", u"&Address (optional):", None))
        self.estateAddressEdit.setPlaceholderText(QCoreApplication.translate("FirstStartWizard", u"for example Karlemosevej 12, 4600 K\u00f8ge", None))
        self.housePage.setTitle(QCoreApplication.translate("FirstStartWizard", u"Your community house", None))
        self.housePage.setSubTitle(QCoreApplication.translate("FirstStartWizard", u"The house where the office holds activities, and its rooms. The calendar plans activities room by room.", None))
        self.houseNameLabel.setText(QCoreApplication.translate("FirstStartWizard", u"&House:", None))
        self.houseNameEdit.setPlaceholderText(QCoreApplication.translate("FirstStartWizard", u"for example F\u00e6lleshuset Karlemosen", None))
        self.houseAddressLabel.setText(QCoreApplication.translate("FirstStartWizard", u"A&ddress (optional):", None))
        self.roomsLabel.setText(QCoreApplication.translate("FirstStartWizard", u"&Rooms: a name and how many people there is room for, one room a line", None))
        ___qtablewidgetitem = self.roomsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FirstStartWizard", u"Room", None))
        ___qtablewidgetitem1 = self.roomsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FirstStartWizard", u"Places", None))
#if QT_CONFIG(accessibility)
        self.roomsTable.setAccessibleName(QCoreApplication.translate("FirstStartWizard", u"Rooms", None))
#endif // QT_CONFIG(accessibility)
        self.addRoomButton.setText(QCoreApplication.translate("FirstStartWizard", u"More &lines", None))
#if QT_CONFIG(tooltip)
        self.addRoomButton.setToolTip(QCoreApplication.translate("FirstStartWizard", u"Add an empty line for one more room", None))
#endif // QT_CONFIG(tooltip)
        self.houseNote.setText(QCoreApplication.translate("FirstStartWizard", u"You can add more houses and rooms later under Settings, Houses and rooms.", None))
        self.staffPage.setTitle(QCoreApplication.translate("FirstStartWizard", u"Who are you?", None))
        self.staffPage.setSubTitle(QCoreApplication.translate("FirstStartWizard", u"Create yourself as the first staff member. You are remembered as this PC's user.", None))
        self.nameLabel.setText(QCoreApplication.translate("FirstStartWizard", u"&Name:", None))
        self.initialsLabel.setText(QCoreApplication.translate("FirstStartWizard", u"&Initials:", None))
        self.roleLabel.setText(QCoreApplication.translate("FirstStartWizard", u"&Role:", None))
#if QT_CONFIG(tooltip)
        self.roleCombo.setToolTip(QCoreApplication.translate("FirstStartWizard", u"Advisers and administrators can read the notes from open advice", None))
#endif // QT_CONFIG(tooltip)
        self.pinLabel.setText(QCoreApplication.translate("FirstStartWizard", u"P&IN (optional):", None))
#if QT_CONFIG(tooltip)
        self.pinEdit.setToolTip(QCoreApplication.translate("FirstStartWizard", u"4 to 8 digits, for PCs that several people share", None))
#endif // QT_CONFIG(tooltip)
        self.sharePage.setTitle(QCoreApplication.translate("FirstStartWizard", u"Shared folder (optional)", None))
        self.sharePage.setSubTitle(QCoreApplication.translate("FirstStartWizard", u"If the office's PCs share their data, choose the shared folder (a network drive or a synchronised folder).", None))
        self.shareLabel.setText(QCoreApplication.translate("FirstStartWizard", u"&Folder:", None))
        self.shareEdit.setPlaceholderText(QCoreApplication.translate("FirstStartWizard", u"for example S:\\Boligsocial\\Deling", None))
        self.browseButton.setText(QCoreApplication.translate("FirstStartWizard", u"&Browse\u2026", None))
#if QT_CONFIG(tooltip)
        self.browseButton.setToolTip(QCoreApplication.translate("FirstStartWizard", u"Choose the shared folder", None))
#endif // QT_CONFIG(tooltip)
        self.shareNote.setText(QCoreApplication.translate("FirstStartWizard", u"You can leave the field empty and choose the folder later. The database itself always stays on this PC; only changes are exchanged through the folder.", None))
    # retranslateUi

