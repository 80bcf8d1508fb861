# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'patient.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableView, QVBoxLayout, QWidget

class Ui_PatientScreen(object):
    def setupUi(self, PatientScreen):
        if not PatientScreen.objectName():
            PatientScreen.setObjectName(u"PatientScreen")
        self.pageLayout = QVBoxLayout(PatientScreen)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.backButton = QPushButton(PatientScreen)
        self.backButton.setObjectName(u"backButton")

        self.topRow.addWidget(self.backButton)

        self.titleLabel = QLabel(PatientScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"kind", u"title")

        self.topRow.addWidget(self.titleLabel)

        self.topSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)


        self.pageLayout.addLayout(self.topRow)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.searchBox = QGroupBox(PatientScreen)
        self.searchBox.setObjectName(u"searchBox")
        self.searchLayout = QVBoxLayout(self.searchBox)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchEdit = QLineEdit(self.searchBox)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.searchButton = QPushButton(self.searchBox)
        self.searchButton.setObjectName(u"searchButton")

        self.searchRow.addWidget(self.searchButton)


        self.searchLayout.addLayout(self.searchRow)

        self.resultsTable = QTableView(self.searchBox)
        self.resultsTable.setObjectName(u"resultsTable")

        self.searchLayout.addWidget(self.resultsTable)

        self.resultsHint = QLabel(self.searchBox)
        self.resultsHint.setObjectName(u"resultsHint")
        self.resultsHint.setWordWrap(True)
        self.resultsHint.setProperty(u"kind", u"muted")

        self.searchLayout.addWidget(self.resultsHint)

        self.registerNewButton = QPushButton(self.searchBox)
        self.registerNewButton.setObjectName(u"registerNewButton")

        self.searchLayout.addWidget(self.registerNewButton)


        self.columns.addWidget(self.searchBox)

        self.detailStack = QStackedWidget(PatientScreen)
        self.detailStack.setObjectName(u"detailStack")
        self.registerPage = QWidget()
        self.registerPage.setObjectName(u"registerPage")
        self.registerPageLayout = QVBoxLayout(self.registerPage)
        self.registerPageLayout.setObjectName(u"registerPageLayout")
        self.registerPageLayout.setContentsMargins(0, 0, 0, 0)
        self.registerBox = QGroupBox(self.registerPage)
        self.registerBox.setObjectName(u"registerBox")
        self.registerLayout = QVBoxLayout(self.registerBox)
        self.registerLayout.setObjectName(u"registerLayout")
        self.registerForm = QFormLayout()
        self.registerForm.setObjectName(u"registerForm")
        self.registerForm.setVerticalSpacing(10)
        self.cprLabel = QLabel(self.registerBox)
        self.cprLabel.setObjectName(u"cprLabel")

        self.registerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cprLabel)

        self.cprEdit = QLineEdit(self.registerBox)
        self.cprEdit.setObjectName(u"cprEdit")
        self.cprEdit.setMaxLength(11)

        self.registerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cprEdit)

        self.derivedCaption = QLabel(self.registerBox)
        self.derivedCaption.setObjectName(u"derivedCaption")

        self.registerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.derivedCaption)

        self.derivedLabel = QLabel(self.registerBox)
        self.derivedLabel.setObjectName(u"derivedLabel")
        self.derivedLabel.setWordWrap(True)

        self.registerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.derivedLabel)

        self.nameLabel = QLabel(self.registerBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.registerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.registerBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.registerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.languageLabel = QLabel(self.registerBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.registerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.registerBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.registerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.registerLayout.addLayout(self.registerForm)

        self.registerMessage = QLabel(self.registerBox)
        self.registerMessage.setObjectName(u"registerMessage")
        self.registerMessage.setWordWrap(True)
        self.registerMessage.setProperty(u"kind", u"error")

        self.registerLayout.addWidget(self.registerMessage)

        self.registerButtons = QHBoxLayout()
        self.registerButtons.setObjectName(u"registerButtons")
        self.registerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registerButtons.addItem(self.registerSpacer)

        self.registerButton = QPushButton(self.registerBox)
        self.registerButton.setObjectName(u"registerButton")
        self.registerButton.setProperty(u"kind", u"primary")

        self.registerButtons.addWidget(self.registerButton)


        self.registerLayout.addLayout(self.registerButtons)

        self.registerBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.registerLayout.addItem(self.registerBottomSpacer)


        self.registerPageLayout.addWidget(self.registerBox)

        self.detailStack.addWidget(self.registerPage)
        self.patientPage = QWidget()
        self.patientPage.setObjectName(u"patientPage")
        self.patientPageLayout = QVBoxLayout(self.patientPage)
        self.patientPageLayout.setObjectName(u"patientPageLayout")
        self.patientPageLayout.setContentsMargins(0, 0, 0, 0)
        self.patientBox = QGroupBox(self.patientPage)
        self.patientBox.setObjectName(u"patientBox")
        self.patientLayout = QVBoxLayout(self.patientBox)
        self.patientLayout.setObjectName(u"patientLayout")
        self.patientName = QLabel(self.patientBox)
        self.patientName.setObjectName(u"patientName")
        self.patientName.setProperty(u"kind", u"title")
        self.patientName.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.patientLayout.addWidget(self.patientName)

        self.patientInfo = QLabel(self.patientBox)
        self.patientInfo.setObjectName(u"patientInfo")
        self.patientInfo.setWordWrap(True)
        self.patientInfo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.patientLayout.addWidget(self.patientInfo)

        self.historyLabel = QLabel(self.patientBox)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setProperty(u"kind", u"section")

        self.patientLayout.addWidget(self.historyLabel)

        self.sessionsTable = QTableView(self.patientBox)
        self.sessionsTable.setObjectName(u"sessionsTable")

        self.patientLayout.addWidget(self.sessionsTable)

        self.adviceLabel = QLabel(self.patientBox)
        self.adviceLabel.setObjectName(u"adviceLabel")
        self.adviceLabel.setWordWrap(True)
        self.adviceLabel.setProperty(u"kind", u"warning")

        self.patientLayout.addWidget(self.adviceLabel)

        self.patientButtons = QHBoxLayout()
        self.patientButtons.setObjectName(u"patientButtons")
        self.resumeButton = QPushButton(self.patientBox)
        self.resumeButton.setObjectName(u"resumeButton")

        self.patientButtons.addWidget(self.resumeButton)

        self.auditButton = QPushButton(self.patientBox)
        self.auditButton.setObjectName(u"auditButton")

        self.patientButtons.addWidget(self.auditButton)

        self.patientSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.patientButtons.addItem(self.patientSpacer)

        self.newSessionButton = QPushButton(self.patientBox)
        self.newSessionButton.setObjectName(u"newSessionButton")
        self.newSessionButton.setProperty(u"kind", u"primary")

        self.patientButtons.addWidget(self.newSessionButton)


        self.patientLayout.addLayout(self.patientButtons)


        self.patientPageLayout.addWidget(self.patientBox)

        self.detailStack.addWidget(self.patientPage)

        self.columns.addWidget(self.detailStack)

        self.columns.setStretch(0, 2)
        self.columns.setStretch(1, 3)

        self.pageLayout.addLayout(self.columns)

#if QT_CONFIG(shortcut)
        self.cprLabel.setBuddy(self.cprEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.resultsTable)
        QWidget.setTabOrder(self.resultsTable, self.registerNewButton)
        QWidget.setTabOrder(self.registerNewButton, self.cprEdit)
        QWidget.setTabOrder(self.cprEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.registerButton)
        QWidget.setTabOrder(self.registerButton, self.sessionsTable)
        QWidget.setTabOrder(self.sessionsTable, self.newSessionButton)
        QWidget.setTabOrder(self.newSessionButton, self.resumeButton)
        QWidget.setTabOrder(self.resumeButton, self.auditButton)
        QWidget.setTabOrder(self.auditButton, self.backButton)

        self.retranslateUi(PatientScreen)
    # setupUi

    def retranslateUi(self, PatientScreen):
        self.backButton.setText(QCoreApplication.translate("PatientScreen", u"\u2190 &Back", None))
        self.titleLabel.setText(QCoreApplication.translate("PatientScreen", u"Patient", None))
        self.searchBox.setTitle(QCoreApplication.translate("PatientScreen", u"Find a patient", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PatientScreen", u"Find patient by CPR number or name", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PatientScreen", u"CPR number or name", None))
        self.searchButton.setText(QCoreApplication.translate("PatientScreen", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.resultsTable.setAccessibleName(QCoreApplication.translate("PatientScreen", u"Patients found", None))
#endif // QT_CONFIG(accessibility)
        self.resultsHint.setText("")
        self.registerNewButton.setText(QCoreApplication.translate("PatientScreen", u"&Register a new patient", None))
        self.registerBox.setTitle(QCoreApplication.translate("PatientScreen", u"Register a new patient", None))
        self.cprLabel.setText(QCoreApplication.translate("PatientScreen", u"&CPR number", None))
#if QT_CONFIG(accessibility)
        self.cprEdit.setAccessibleName(QCoreApplication.translate("PatientScreen", u"CPR number", None))
#endif // QT_CONFIG(accessibility)
        self.cprEdit.setPlaceholderText(QCoreApplication.translate("PatientScreen", u"DDMMYY-SSSS", None))
        self.derivedCaption.setText(QCoreApplication.translate("PatientScreen", u"From the CPR", None))
        self.derivedLabel.setText("")
#if QT_CONFIG(accessibility)
        self.derivedLabel.setAccessibleName(QCoreApplication.translate("PatientScreen", u"Birth date and sex from the CPR number", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("PatientScreen", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PatientScreen", u"Patient's full name", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("PatientScreen", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("PatientScreen", u"Language of the discharge sheet", None))
#endif // QT_CONFIG(accessibility)
        self.registerMessage.setText("")
#if QT_CONFIG(accessibility)
        self.registerMessage.setAccessibleName(QCoreApplication.translate("PatientScreen", u"Registration message", None))
#endif // QT_CONFIG(accessibility)
        self.registerButton.setText(QCoreApplication.translate("PatientScreen", u"Re&gister patient", None))
        self.patientBox.setTitle(QCoreApplication.translate("PatientScreen", u"Patient", None))
        self.patientName.setText("")
        self.patientInfo.setText("")
        self.historyLabel.setText(QCoreApplication.translate("PatientScreen", u"Earlier and current EBP sessions", None))
#if QT_CONFIG(accessibility)
        self.sessionsTable.setAccessibleName(QCoreApplication.translate("PatientScreen", u"The patient's EBP sessions", None))
#endif // QT_CONFIG(accessibility)
        self.adviceLabel.setText("")
#if QT_CONFIG(accessibility)
        self.adviceLabel.setAccessibleName(QCoreApplication.translate("PatientScreen", u"Advice for a new EBP", None))
#endif // QT_CONFIG(accessibility)
        self.resumeButton.setText(QCoreApplication.translate("PatientScreen", u"Re&open the open session", None))
        self.auditButton.setText(QCoreApplication.translate("PatientScreen", u"&Audit trail\u2026", None))
#if QT_CONFIG(tooltip)
        self.auditButton.setToolTip(QCoreApplication.translate("PatientScreen", u"Every change to this patient's records: who, when, why, old and new", None))
#endif // QT_CONFIG(tooltip)
        self.newSessionButton.setText(QCoreApplication.translate("PatientScreen", u"New &EBP session\u2026", None))
        pass
    # retranslateUi

