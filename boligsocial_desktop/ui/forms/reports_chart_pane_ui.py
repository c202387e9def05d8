# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'chart_pane.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_ReportChartPane(object):
    def setupUi(self, chartPane):
        if not chartPane.objectName():
            chartPane.setObjectName(u"chartPane")
        self.chartLayout = QVBoxLayout(chartPane)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.chartChoiceRow = QHBoxLayout()
        self.chartChoiceRow.setObjectName(u"chartChoiceRow")
        self.chartLabel = QLabel(chartPane)
        self.chartLabel.setObjectName(u"chartLabel")

        self.chartChoiceRow.addWidget(self.chartLabel)

        self.chartCombo = QComboBox(chartPane)
        self.chartCombo.setObjectName(u"chartCombo")

        self.chartChoiceRow.addWidget(self.chartCombo)

        self.chartSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chartChoiceRow.addItem(self.chartSpacer)


        self.chartLayout.addLayout(self.chartChoiceRow)

#if QT_CONFIG(shortcut)
        self.chartLabel.setBuddy(self.chartCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(chartPane)

        QMetaObject.connectSlotsByName(chartPane)
        fit_fields(chartPane)
    # setupUi

    def retranslateUi(self, chartPane):
        self.chartLabel.setText(QCoreApplication.translate("ReportChartPane", u"Cha&rt:", None))
        pass
    # retranslateUi

