# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_setup.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout, QWidget

from ebp_logger.gui.widgets.score_spin import ScoreSpinBox

class Ui_SessionSetupScreen(object):
    def setupUi(self, SessionSetupScreen):
        if not SessionSetupScreen.objectName():
            SessionSetupScreen.setObjectName(u"SessionSetupScreen")
        self.pageLayout = QVBoxLayout(SessionSetupScreen)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 10, 16, 10)
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.backButton = QPushButton(SessionSetupScreen)
        self.backButton.setObjectName(u"backButton")

        self.topRow.addWidget(self.backButton)

        self.titleLabel = QLabel(SessionSetupScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"kind", u"title")

        self.topRow.addWidget(self.titleLabel)

        self.patientLabel = QLabel(SessionSetupScreen)
        self.patientLabel.setObjectName(u"patientLabel")
        self.patientLabel.setProperty(u"kind", u"patient")

        self.topRow.addWidget(self.patientLabel)

        self.topSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.abandonButton = QPushButton(SessionSetupScreen)
        self.abandonButton.setObjectName(u"abandonButton")

        self.topRow.addWidget(self.abandonButton)


        self.pageLayout.addLayout(self.topRow)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(10)
        self.leftColumn.setObjectName(u"leftColumn")
        self.sessionBox = QGroupBox(SessionSetupScreen)
        self.sessionBox.setObjectName(u"sessionBox")
        self.sessionLayout = QVBoxLayout(self.sessionBox)
        self.sessionLayout.setObjectName(u"sessionLayout")
        self.sessionForm = QFormLayout()
        self.sessionForm.setObjectName(u"sessionForm")
        self.sessionForm.setVerticalSpacing(8)
        self.indicationLabel = QLabel(self.sessionBox)
        self.indicationLabel.setObjectName(u"indicationLabel")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.indicationLabel)

        self.indicationCombo = QComboBox(self.sessionBox)
        self.indicationCombo.setObjectName(u"indicationCombo")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.indicationCombo)

        self.indicationTextLabel = QLabel(self.sessionBox)
        self.indicationTextLabel.setObjectName(u"indicationTextLabel")

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.indicationTextLabel)

        self.indicationText = QLineEdit(self.sessionBox)
        self.indicationText.setObjectName(u"indicationText")

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.indicationText)

        self.neurologistLabel = QLabel(self.sessionBox)
        self.neurologistLabel.setObjectName(u"neurologistLabel")

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.neurologistLabel)

        self.neurologistEdit = QLineEdit(self.sessionBox)
        self.neurologistEdit.setObjectName(u"neurologistEdit")

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.neurologistEdit)

        self.patchTypeLabel = QLabel(self.sessionBox)
        self.patchTypeLabel.setObjectName(u"patchTypeLabel")

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.patchTypeLabel)

        self.patchTypeCombo = QComboBox(self.sessionBox)
        self.patchTypeCombo.setObjectName(u"patchTypeCombo")

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.patchTypeCombo)

        self.leakLevelLabel = QLabel(self.sessionBox)
        self.leakLevelLabel.setObjectName(u"leakLevelLabel")

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.leakLevelLabel)

        self.leakLevelCombo = QComboBox(self.sessionBox)
        self.leakLevelCombo.setObjectName(u"leakLevelCombo")
        self.leakLevelCombo.setEditable(True)

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.leakLevelCombo)

        self.roomBedLabel = QLabel(self.sessionBox)
        self.roomBedLabel.setObjectName(u"roomBedLabel")

        self.sessionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.roomBedLabel)

        self.roomBedEdit = QLineEdit(self.sessionBox)
        self.roomBedEdit.setObjectName(u"roomBedEdit")

        self.sessionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.roomBedEdit)

        self.attemptCaption = QLabel(self.sessionBox)
        self.attemptCaption.setObjectName(u"attemptCaption")

        self.sessionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.attemptCaption)

        self.attemptLabel = QLabel(self.sessionBox)
        self.attemptLabel.setObjectName(u"attemptLabel")
        self.attemptLabel.setProperty(u"kind", u"strong")

        self.sessionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.attemptLabel)


        self.sessionLayout.addLayout(self.sessionForm)

        self.adviceLabel = QLabel(self.sessionBox)
        self.adviceLabel.setObjectName(u"adviceLabel")
        self.adviceLabel.setWordWrap(True)
        self.adviceLabel.setProperty(u"kind", u"warning")

        self.sessionLayout.addWidget(self.adviceLabel)

        self.sessionMessage = QLabel(self.sessionBox)
        self.sessionMessage.setObjectName(u"sessionMessage")
        self.sessionMessage.setWordWrap(True)
        self.sessionMessage.setProperty(u"kind", u"error")

        self.sessionLayout.addWidget(self.sessionMessage)

        self.saveSessionButton = QPushButton(self.sessionBox)
        self.saveSessionButton.setObjectName(u"saveSessionButton")
        self.saveSessionButton.setProperty(u"kind", u"primary")

        self.sessionLayout.addWidget(self.saveSessionButton)


        self.leftColumn.addWidget(self.sessionBox)

        self.baselineBox = QGroupBox(SessionSetupScreen)
        self.baselineBox.setObjectName(u"baselineBox")
        self.baselineLayout = QVBoxLayout(self.baselineBox)
        self.baselineLayout.setObjectName(u"baselineLayout")
        self.baselineRow = QHBoxLayout()
        self.baselineRow.setObjectName(u"baselineRow")
        self.lyingLabel = QLabel(self.baselineBox)
        self.lyingLabel.setObjectName(u"lyingLabel")

        self.baselineRow.addWidget(self.lyingLabel)

        self.lyingSpin = ScoreSpinBox(self.baselineBox)
        self.lyingSpin.setObjectName(u"lyingSpin")
        self.lyingSpin.setMinimum(-1)
        self.lyingSpin.setMaximum(10)
        self.lyingSpin.setValue(-1)
        self.lyingSpin.setSpecialValueText(u"\u2014")
        self.lyingSpin.setProperty(u"kind", u"score")
        self.lyingSpin.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.baselineRow.addWidget(self.lyingSpin)

        self.standingLabel = QLabel(self.baselineBox)
        self.standingLabel.setObjectName(u"standingLabel")

        self.baselineRow.addWidget(self.standingLabel)

        self.standingSpin = ScoreSpinBox(self.baselineBox)
        self.standingSpin.setObjectName(u"standingSpin")
        self.standingSpin.setMinimum(-1)
        self.standingSpin.setMaximum(10)
        self.standingSpin.setValue(-1)
        self.standingSpin.setSpecialValueText(u"\u2014")
        self.standingSpin.setProperty(u"kind", u"score")
        self.standingSpin.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.baselineRow.addWidget(self.standingSpin)

        self.baselineSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.baselineRow.addItem(self.baselineSpacer)


        self.baselineLayout.addLayout(self.baselineRow)

        self.baselineStatusRow = QHBoxLayout()
        self.baselineStatusRow.setObjectName(u"baselineStatusRow")
        self.saveScoreButton = QPushButton(self.baselineBox)
        self.saveScoreButton.setObjectName(u"saveScoreButton")

        self.baselineStatusRow.addWidget(self.saveScoreButton)

        self.scoreStatus = QLabel(self.baselineBox)
        self.scoreStatus.setObjectName(u"scoreStatus")
        self.scoreStatus.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.scoreStatus.sizePolicy().hasHeightForWidth())
        self.scoreStatus.setSizePolicy(sizePolicy)

        self.baselineStatusRow.addWidget(self.scoreStatus)


        self.baselineLayout.addLayout(self.baselineStatusRow)


        self.leftColumn.addWidget(self.baselineBox)

        self.leftSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.checklistBox = QGroupBox(SessionSetupScreen)
        self.checklistBox.setObjectName(u"checklistBox")
        self.checklistLayout = QVBoxLayout(self.checklistBox)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistScroll = QScrollArea(self.checklistBox)
        self.checklistScroll.setObjectName(u"checklistScroll")
        self.checklistScroll.setWidgetResizable(True)
        self.checklistScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.checklistHost = QWidget()
        self.checklistHost.setObjectName(u"checklistHost")
        self.checklistHostLayout = QVBoxLayout(self.checklistHost)
        self.checklistHostLayout.setObjectName(u"checklistHostLayout")
        self.checklistHostLayout.setContentsMargins(0, 0, 0, 0)
        self.checklistScroll.setWidget(self.checklistHost)

        self.checklistLayout.addWidget(self.checklistScroll)


        self.columns.addWidget(self.checklistBox)

        self.optionalBox = QGroupBox(SessionSetupScreen)
        self.optionalBox.setObjectName(u"optionalBox")
        self.optionalLayout = QVBoxLayout(self.optionalBox)
        self.optionalLayout.setObjectName(u"optionalLayout")
        self.optionalTabs = QTabWidget(self.optionalBox)
        self.optionalTabs.setObjectName(u"optionalTabs")
        self.symptomsTab = QWidget()
        self.symptomsTab.setObjectName(u"symptomsTab")
        self.symptomsLayout = QVBoxLayout(self.symptomsTab)
        self.symptomsLayout.setObjectName(u"symptomsLayout")
        self.symptomsList = QListWidget(self.symptomsTab)
        self.symptomsList.setObjectName(u"symptomsList")
        self.symptomsList.setWordWrap(True)
        self.symptomsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.symptomsLayout.addWidget(self.symptomsList)

        self.symptomsStatus = QLabel(self.symptomsTab)
        self.symptomsStatus.setObjectName(u"symptomsStatus")
        self.symptomsStatus.setWordWrap(True)

        self.symptomsLayout.addWidget(self.symptomsStatus)

        self.saveSymptomsButton = QPushButton(self.symptomsTab)
        self.saveSymptomsButton.setObjectName(u"saveSymptomsButton")

        self.symptomsLayout.addWidget(self.saveSymptomsButton)

        self.optionalTabs.addTab(self.symptomsTab, "")
        self.bernTab = QWidget()
        self.bernTab.setObjectName(u"bernTab")
        self.bernLayout = QVBoxLayout(self.bernTab)
        self.bernLayout.setObjectName(u"bernLayout")
        self.bernList = QListWidget(self.bernTab)
        self.bernList.setObjectName(u"bernList")
        self.bernList.setWordWrap(True)
        self.bernList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.bernLayout.addWidget(self.bernList)

        self.bernResultLabel = QLabel(self.bernTab)
        self.bernResultLabel.setObjectName(u"bernResultLabel")
        self.bernResultLabel.setWordWrap(True)
        self.bernResultLabel.setProperty(u"kind", u"strong")

        self.bernLayout.addWidget(self.bernResultLabel)

        self.bernStatus = QLabel(self.bernTab)
        self.bernStatus.setObjectName(u"bernStatus")
        self.bernStatus.setWordWrap(True)

        self.bernLayout.addWidget(self.bernStatus)

        self.saveBernButton = QPushButton(self.bernTab)
        self.saveBernButton.setObjectName(u"saveBernButton")

        self.bernLayout.addWidget(self.saveBernButton)

        self.optionalTabs.addTab(self.bernTab, "")

        self.optionalLayout.addWidget(self.optionalTabs)


        self.columns.addWidget(self.optionalBox)

        self.columns.setStretch(0, 9)
        self.columns.setStretch(1, 10)
        self.columns.setStretch(2, 6)

        self.pageLayout.addLayout(self.columns)

        self.bottomBar = QFrame(SessionSetupScreen)
        self.bottomBar.setObjectName(u"bottomBar")
        self.bottomBar.setProperty(u"kind", u"bottom-bar")
        self.bottomLayout = QHBoxLayout(self.bottomBar)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.problemsLabel = QLabel(self.bottomBar)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.problemsLabel.sizePolicy().hasHeightForWidth())
        self.problemsLabel.setSizePolicy(sizePolicy)

        self.bottomLayout.addWidget(self.problemsLabel)

        self.startButton = QPushButton(self.bottomBar)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setProperty(u"kind", u"go")

        self.bottomLayout.addWidget(self.startButton)


        self.pageLayout.addWidget(self.bottomBar)

#if QT_CONFIG(shortcut)
        self.indicationLabel.setBuddy(self.indicationCombo)
        self.indicationTextLabel.setBuddy(self.indicationText)
        self.neurologistLabel.setBuddy(self.neurologistEdit)
        self.patchTypeLabel.setBuddy(self.patchTypeCombo)
        self.leakLevelLabel.setBuddy(self.leakLevelCombo)
        self.roomBedLabel.setBuddy(self.roomBedEdit)
        self.lyingLabel.setBuddy(self.lyingSpin)
        self.standingLabel.setBuddy(self.standingSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.indicationCombo, self.indicationText)
        QWidget.setTabOrder(self.indicationText, self.neurologistEdit)
        QWidget.setTabOrder(self.neurologistEdit, self.patchTypeCombo)
        QWidget.setTabOrder(self.patchTypeCombo, self.leakLevelCombo)
        QWidget.setTabOrder(self.leakLevelCombo, self.roomBedEdit)
        QWidget.setTabOrder(self.roomBedEdit, self.saveSessionButton)
        QWidget.setTabOrder(self.saveSessionButton, self.checklistScroll)
        QWidget.setTabOrder(self.checklistScroll, self.lyingSpin)
        QWidget.setTabOrder(self.lyingSpin, self.standingSpin)
        QWidget.setTabOrder(self.standingSpin, self.saveScoreButton)
        QWidget.setTabOrder(self.saveScoreButton, self.startButton)
        QWidget.setTabOrder(self.startButton, self.optionalTabs)
        QWidget.setTabOrder(self.optionalTabs, self.symptomsList)
        QWidget.setTabOrder(self.symptomsList, self.saveSymptomsButton)
        QWidget.setTabOrder(self.saveSymptomsButton, self.bernList)
        QWidget.setTabOrder(self.bernList, self.saveBernButton)
        QWidget.setTabOrder(self.saveBernButton, self.backButton)
        QWidget.setTabOrder(self.backButton, self.abandonButton)

        self.retranslateUi(SessionSetupScreen)
    # setupUi

    def retranslateUi(self, SessionSetupScreen):
        self.backButton.setText(QCoreApplication.translate("SessionSetupScreen", u"\u2190 &Back", None))
        self.titleLabel.setText(QCoreApplication.translate("SessionSetupScreen", u"New EBP session", None))
        self.patientLabel.setText("")
#if QT_CONFIG(accessibility)
        self.patientLabel.setAccessibleName(QCoreApplication.translate("SessionSetupScreen", u"Patient", None))
#endif // QT_CONFIG(accessibility)
        self.abandonButton.setText(QCoreApplication.translate("SessionSetupScreen", u"Abandon session\u2026", None))
        self.sessionBox.setTitle(QCoreApplication.translate("SessionSetupScreen", u"1  Session", None))
        self.indicationLabel.setText(QCoreApplication.translate("SessionSetupScreen", u"&Indication", None))
#if QT_CONFIG(accessibility)
        self.indicationCombo.setAccessibleName(QCoreApplication.translate("SessionSetupScreen", u"Indication", None))
#endif // QT_CONFIG(accessibility)
        self.indicationTextLabel.setText(QCoreApplication.translate("SessionSetupScreen", u"&Describe", None))
#if QT_CONFIG(accessibility)
        self.indicationText.setAccessibleName(QCoreApplication.translate("SessionSetupScreen", u"Other indication, described", None))
#endif // QT_CONFIG(accessibility)
        self.neurologistLabel.setText(QCoreApplication.translate("SessionSetupScreen", u"&Referred by", None))
#if QT_CONFIG(accessibility)
        self.neurologistEdit.setAccessibleName(QCoreApplication.translate("SessionSetupScreen", u"Referring neurologist", None))
#endif // QT_CONFIG(accessibility)
        self.neurologistEdit.setPlaceholderText(QCoreApplication.translate("SessionSetupScreen", u"referring neurologist or department", None))
        self.patchTypeLabel.setText(QCoreApplication.translate("SessionSetupScreen", u"&Patch type", None))
#if QT_CONFIG(accessibility)
        self.patchTypeCombo.setAccessibleName(QCoreApplication.translate("SessionSetupScreen", u"Patch type", None))
#endif // QT_CONFIG(accessibility)
        self.leakLevelLabel.setText(QCoreApplication.translate("SessionSetupScreen", u"&Leak level", None))
#if QT_CONFIG(accessibility)
        self.leakLevelCombo.setAccessibleName(QCoreApplication.translate("SessionSetupScreen", u"Leak level", None))
#endif // QT_CONFIG(accessibility)
        self.roomBedLabel.setText(QCoreApplication.translate("SessionSetupScreen", u"R&oom / bed", None))
#if QT_CONFIG(accessibility)
        self.roomBedEdit.setAccessibleName(QCoreApplication.translate("SessionSetupScreen", u"Room or bed", None))
#endif // QT_CONFIG(accessibility)
        self.roomBedEdit.setPlaceholderText(QCoreApplication.translate("SessionSetupScreen", u"optional; lets the monitor find this session", None))
        self.attemptCaption.setText(QCoreApplication.translate("SessionSetupScreen", u"Attempt", None))
        self.attemptLabel.setText("")
#if QT_CONFIG(accessibility)
        self.attemptLabel.setAccessibleName(QCoreApplication.translate("SessionSetupScreen", u"Attempt number", None))
#endif // QT_CONFIG(accessibility)
        self.adviceLabel.setText("")
#if QT_CONFIG(accessibility)
        self.adviceLabel.setAccessibleName(QCoreApplication.translate("SessionSetupScreen", u"Advice for this attempt", None))
#endif // QT_CONFIG(accessibility)
        self.sessionMessage.setText("")
        self.saveSessionButton.setText(QCoreApplication.translate("SessionSetupScreen", u"&Continue to the checklist", None))
        self.baselineBox.setTitle(QCoreApplication.translate("SessionSetupScreen", u"3  Headache now (NRS 0\u201310)", None))
        self.lyingLabel.setText(QCoreApplication.translate("SessionSetupScreen", u"Lyin&g", None))
#if QT_CONFIG(accessibility)
        self.lyingSpin.setAccessibleName(QCoreApplication.translate("SessionSetupScreen", u"Headache lying, NRS 0 to 10", None))
#endif // QT_CONFIG(accessibility)
        self.standingLabel.setText(QCoreApplication.translate("SessionSetupScreen", u"S&tanding", None))
#if QT_CONFIG(accessibility)
        self.standingSpin.setAccessibleName(QCoreApplication.translate("SessionSetupScreen", u"Headache standing, NRS 0 to 10", None))
#endif // QT_CONFIG(accessibility)
        self.saveScoreButton.setText(QCoreApplication.translate("SessionSetupScreen", u"Sa&ve score", None))
        self.scoreStatus.setText("")
#if QT_CONFIG(accessibility)
        self.scoreStatus.setAccessibleName(QCoreApplication.translate("SessionSetupScreen", u"Baseline score status", None))
#endif // QT_CONFIG(accessibility)
        self.checklistBox.setTitle(QCoreApplication.translate("SessionSetupScreen", u"2  Safety checklist", None))
        self.optionalBox.setTitle(QCoreApplication.translate("SessionSetupScreen", u"Optional: diagnosis", None))
#if QT_CONFIG(accessibility)
        self.symptomsList.setAccessibleName(QCoreApplication.translate("SessionSetupScreen", u"Symptoms: Space ticks the one selected", None))
#endif // QT_CONFIG(accessibility)
        self.symptomsStatus.setText("")
        self.saveSymptomsButton.setText(QCoreApplication.translate("SessionSetupScreen", u"Save symptoms", None))
        self.optionalTabs.setTabText(self.optionalTabs.indexOf(self.symptomsTab), QCoreApplication.translate("SessionSetupScreen", u"S&ymptoms", None))
#if QT_CONFIG(accessibility)
        self.bernList.setAccessibleName(QCoreApplication.translate("SessionSetupScreen", u"Bern score signs: Space ticks the one selected", None))
#endif // QT_CONFIG(accessibility)
        self.bernResultLabel.setText("")
#if QT_CONFIG(accessibility)
        self.bernResultLabel.setAccessibleName(QCoreApplication.translate("SessionSetupScreen", u"Bern score result", None))
#endif // QT_CONFIG(accessibility)
        self.bernStatus.setText("")
        self.saveBernButton.setText(QCoreApplication.translate("SessionSetupScreen", u"Save Bern score", None))
        self.optionalTabs.setTabText(self.optionalTabs.indexOf(self.bernTab), QCoreApplication.translate("SessionSetupScreen", u"Bern (&MRI)", None))
        self.problemsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.problemsLabel.setAccessibleName(QCoreApplication.translate("SessionSetupScreen", u"What still blocks the start", None))
#endif // QT_CONFIG(accessibility)
        self.startButton.setText(QCoreApplication.translate("SessionSetupScreen", u"Start procedure \u25b6", None))
#if QT_CONFIG(tooltip)
        self.startButton.setToolTip(QCoreApplication.translate("SessionSetupScreen", u"Start the procedure (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

