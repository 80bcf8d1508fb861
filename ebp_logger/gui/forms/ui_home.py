# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

class Ui_HomeScreen(object):
    def setupUi(self, HomeScreen):
        if not HomeScreen.objectName():
            HomeScreen.setObjectName(u"HomeScreen")
        self.pageLayout = QVBoxLayout(HomeScreen)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.warningsBox = QGroupBox(HomeScreen)
        self.warningsBox.setObjectName(u"warningsBox")
        self.warningsBox.setProperty(u"kind", u"alarm")
        self.warningsLayout = QHBoxLayout(self.warningsBox)
        self.warningsLayout.setObjectName(u"warningsLayout")
        self.warningsTable = QTableView(self.warningsBox)
        self.warningsTable.setObjectName(u"warningsTable")
        self.warningsTable.setMaximumSize(QSize(16777215, 170))

        self.warningsLayout.addWidget(self.warningsTable)

        self.acknowledgeButton = QPushButton(self.warningsBox)
        self.acknowledgeButton.setObjectName(u"acknowledgeButton")
        self.acknowledgeButton.setProperty(u"kind", u"danger")

        self.warningsLayout.addWidget(self.acknowledgeButton)


        self.pageLayout.addWidget(self.warningsBox)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(HomeScreen)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(HomeScreen)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.searchButton = QPushButton(HomeScreen)
        self.searchButton.setObjectName(u"searchButton")

        self.searchRow.addWidget(self.searchButton)

        self.outcomesButton = QPushButton(HomeScreen)
        self.outcomesButton.setObjectName(u"outcomesButton")

        self.searchRow.addWidget(self.outcomesButton)

        self.newPatientButton = QPushButton(HomeScreen)
        self.newPatientButton.setObjectName(u"newPatientButton")
        self.newPatientButton.setProperty(u"kind", u"primary")

        self.searchRow.addWidget(self.newPatientButton)


        self.pageLayout.addLayout(self.searchRow)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(12)
        self.leftColumn.setObjectName(u"leftColumn")
        self.inProgressBox = QGroupBox(HomeScreen)
        self.inProgressBox.setObjectName(u"inProgressBox")
        self.inProgressLayout = QVBoxLayout(self.inProgressBox)
        self.inProgressLayout.setObjectName(u"inProgressLayout")
        self.inProgressTable = QTableView(self.inProgressBox)
        self.inProgressTable.setObjectName(u"inProgressTable")

        self.inProgressLayout.addWidget(self.inProgressTable)

        self.inProgressButtons = QHBoxLayout()
        self.inProgressButtons.setObjectName(u"inProgressButtons")
        self.inProgressHint = QLabel(self.inProgressBox)
        self.inProgressHint.setObjectName(u"inProgressHint")
        self.inProgressHint.setProperty(u"kind", u"muted")

        self.inProgressButtons.addWidget(self.inProgressHint)

        self.resumeButton = QPushButton(self.inProgressBox)
        self.resumeButton.setObjectName(u"resumeButton")

        self.inProgressButtons.addWidget(self.resumeButton)


        self.inProgressLayout.addLayout(self.inProgressButtons)


        self.leftColumn.addWidget(self.inProgressBox)

        self.todayBox = QGroupBox(HomeScreen)
        self.todayBox.setObjectName(u"todayBox")
        self.todayLayout = QVBoxLayout(self.todayBox)
        self.todayLayout.setObjectName(u"todayLayout")
        self.todayTable = QTableView(self.todayBox)
        self.todayTable.setObjectName(u"todayTable")

        self.todayLayout.addWidget(self.todayTable)


        self.leftColumn.addWidget(self.todayBox)


        self.columns.addLayout(self.leftColumn)

        self.restBox = QGroupBox(HomeScreen)
        self.restBox.setObjectName(u"restBox")
        self.restLayout = QVBoxLayout(self.restBox)
        self.restLayout.setObjectName(u"restLayout")
        self.restSummaryLabel = QLabel(self.restBox)
        self.restSummaryLabel.setObjectName(u"restSummaryLabel")
        self.restSummaryLabel.setWordWrap(True)

        self.restLayout.addWidget(self.restSummaryLabel)

        self.restTable = QTableView(self.restBox)
        self.restTable.setObjectName(u"restTable")

        self.restLayout.addWidget(self.restTable)


        self.columns.addWidget(self.restBox)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 2)

        self.pageLayout.addLayout(self.columns)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.newPatientButton)
        QWidget.setTabOrder(self.newPatientButton, self.outcomesButton)
        QWidget.setTabOrder(self.outcomesButton, self.inProgressTable)
        QWidget.setTabOrder(self.inProgressTable, self.resumeButton)
        QWidget.setTabOrder(self.resumeButton, self.todayTable)
        QWidget.setTabOrder(self.todayTable, self.restTable)
        QWidget.setTabOrder(self.restTable, self.warningsTable)
        QWidget.setTabOrder(self.warningsTable, self.acknowledgeButton)

        self.retranslateUi(HomeScreen)
    # setupUi

    def retranslateUi(self, HomeScreen):
        self.warningsBox.setTitle(QCoreApplication.translate("HomeScreen", u"Warning signs not yet acknowledged", None))
#if QT_CONFIG(accessibility)
        self.warningsTable.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Unacknowledged warning signs", None))
#endif // QT_CONFIG(accessibility)
        self.acknowledgeButton.setText(QCoreApplication.translate("HomeScreen", u"&Acknowledge", None))
#if QT_CONFIG(tooltip)
        self.acknowledgeButton.setToolTip(QCoreApplication.translate("HomeScreen", u"I have seen this warning sign and will act on it", None))
#endif // QT_CONFIG(tooltip)
        self.searchLabel.setText(QCoreApplication.translate("HomeScreen", u"&Find patient", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Find patient by CPR number or name", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("HomeScreen", u"CPR number or name, then Enter", None))
        self.searchButton.setText(QCoreApplication.translate("HomeScreen", u"Search", None))
        self.outcomesButton.setText(QCoreApplication.translate("HomeScreen", u"&Outcomes\u2026", None))
#if QT_CONFIG(tooltip)
        self.outcomesButton.setToolTip(QCoreApplication.translate("HomeScreen", u"Outcome overview for a period", None))
#endif // QT_CONFIG(tooltip)
        self.newPatientButton.setText(QCoreApplication.translate("HomeScreen", u"&New patient\u2026", None))
        self.inProgressBox.setTitle(QCoreApplication.translate("HomeScreen", u"Sessions in progress", None))
#if QT_CONFIG(accessibility)
        self.inProgressTable.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Sessions in progress", None))
#endif // QT_CONFIG(accessibility)
        self.inProgressHint.setText(QCoreApplication.translate("HomeScreen", u"Enter or double-click reopens a session where it was.", None))
        self.resumeButton.setText(QCoreApplication.translate("HomeScreen", u"&Reopen", None))
        self.todayBox.setTitle(QCoreApplication.translate("HomeScreen", u"Today's sessions", None))
#if QT_CONFIG(accessibility)
        self.todayTable.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Today's sessions", None))
#endif // QT_CONFIG(accessibility)
        self.restBox.setTitle(QCoreApplication.translate("HomeScreen", u"Lying flat (24 h supine rest)", None))
        self.restSummaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.restTable.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Patients in supine rest", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

