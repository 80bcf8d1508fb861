# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_home.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QVBoxLayout, QWidget

class Ui_AdminHomeScreen(object):
    def setupUi(self, AdminHomeScreen):
        if not AdminHomeScreen.objectName():
            AdminHomeScreen.setObjectName(u"AdminHomeScreen")
        self.pageLayout = QVBoxLayout(AdminHomeScreen)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(AdminHomeScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"kind", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.usersBox = QGroupBox(AdminHomeScreen)
        self.usersBox.setObjectName(u"usersBox")
        self.usersLayout = QVBoxLayout(self.usersBox)
        self.usersLayout.setObjectName(u"usersLayout")
        self.usersTable = QTableView(self.usersBox)
        self.usersTable.setObjectName(u"usersTable")

        self.usersLayout.addWidget(self.usersTable)

        self.usersButtons = QHBoxLayout()
        self.usersButtons.setObjectName(u"usersButtons")
        self.manageUsersButton = QPushButton(self.usersBox)
        self.manageUsersButton.setObjectName(u"manageUsersButton")
        self.manageUsersButton.setProperty(u"kind", u"primary")

        self.usersButtons.addWidget(self.manageUsersButton)

        self.auditButton = QPushButton(self.usersBox)
        self.auditButton.setObjectName(u"auditButton")

        self.usersButtons.addWidget(self.auditButton)

        self.outcomesButton = QPushButton(self.usersBox)
        self.outcomesButton.setObjectName(u"outcomesButton")

        self.usersButtons.addWidget(self.outcomesButton)

        self.interfacesButton = QPushButton(self.usersBox)
        self.interfacesButton.setObjectName(u"interfacesButton")

        self.usersButtons.addWidget(self.interfacesButton)

        self.usersSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.usersButtons.addItem(self.usersSpacer)


        self.usersLayout.addLayout(self.usersButtons)


        self.columns.addWidget(self.usersBox)

        self.settingsBox = QGroupBox(AdminHomeScreen)
        self.settingsBox.setObjectName(u"settingsBox")
        self.settingsLayout = QVBoxLayout(self.settingsBox)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.settingsForm = QFormLayout()
        self.settingsForm.setObjectName(u"settingsForm")
        self.departmentNameLabel = QLabel(self.settingsBox)
        self.departmentNameLabel.setObjectName(u"departmentNameLabel")

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.departmentNameLabel)

        self.departmentName = QLineEdit(self.settingsBox)
        self.departmentName.setObjectName(u"departmentName")

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.departmentName)

        self.departmentAddressLabel = QLabel(self.settingsBox)
        self.departmentAddressLabel.setObjectName(u"departmentAddressLabel")

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.departmentAddressLabel)

        self.departmentAddress = QLineEdit(self.settingsBox)
        self.departmentAddress.setObjectName(u"departmentAddress")

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.departmentAddress)

        self.departmentPhoneLabel = QLabel(self.settingsBox)
        self.departmentPhoneLabel.setObjectName(u"departmentPhoneLabel")

        self.settingsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentPhoneLabel)

        self.departmentPhone = QLineEdit(self.settingsBox)
        self.departmentPhone.setObjectName(u"departmentPhone")

        self.settingsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departmentPhone)

        self.autolockLabel = QLabel(self.settingsBox)
        self.autolockLabel.setObjectName(u"autolockLabel")

        self.settingsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.autolockLabel)

        self.autolockSpin = QSpinBox(self.settingsBox)
        self.autolockSpin.setObjectName(u"autolockSpin")
        self.autolockSpin.setMinimum(1)
        self.autolockSpin.setMaximum(120)

        self.settingsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.autolockSpin)

        self.backupFolderLabel = QLabel(self.settingsBox)
        self.backupFolderLabel.setObjectName(u"backupFolderLabel")

        self.settingsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.backupFolderLabel)

        self.backupRow = QHBoxLayout()
        self.backupRow.setObjectName(u"backupRow")
        self.backupFolder = QLineEdit(self.settingsBox)
        self.backupFolder.setObjectName(u"backupFolder")

        self.backupRow.addWidget(self.backupFolder)

        self.browseButton = QPushButton(self.settingsBox)
        self.browseButton.setObjectName(u"browseButton")

        self.backupRow.addWidget(self.browseButton)


        self.settingsForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.backupRow)


        self.settingsLayout.addLayout(self.settingsForm)

        self.settingsMessage = QLabel(self.settingsBox)
        self.settingsMessage.setObjectName(u"settingsMessage")
        self.settingsMessage.setWordWrap(True)

        self.settingsLayout.addWidget(self.settingsMessage)

        self.settingsButtons = QHBoxLayout()
        self.settingsButtons.setObjectName(u"settingsButtons")
        self.settingsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settingsButtons.addItem(self.settingsSpacer)

        self.saveSettingsButton = QPushButton(self.settingsBox)
        self.saveSettingsButton.setObjectName(u"saveSettingsButton")
        self.saveSettingsButton.setProperty(u"kind", u"primary")

        self.settingsButtons.addWidget(self.saveSettingsButton)


        self.settingsLayout.addLayout(self.settingsButtons)

        self.settingsBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settingsLayout.addItem(self.settingsBottomSpacer)


        self.columns.addWidget(self.settingsBox)


        self.pageLayout.addLayout(self.columns)

#if QT_CONFIG(shortcut)
        self.departmentNameLabel.setBuddy(self.departmentName)
        self.departmentAddressLabel.setBuddy(self.departmentAddress)
        self.departmentPhoneLabel.setBuddy(self.departmentPhone)
        self.autolockLabel.setBuddy(self.autolockSpin)
        self.backupFolderLabel.setBuddy(self.backupFolder)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usersTable, self.manageUsersButton)
        QWidget.setTabOrder(self.manageUsersButton, self.auditButton)
        QWidget.setTabOrder(self.auditButton, self.outcomesButton)
        QWidget.setTabOrder(self.outcomesButton, self.interfacesButton)
        QWidget.setTabOrder(self.interfacesButton, self.departmentName)
        QWidget.setTabOrder(self.departmentName, self.departmentAddress)
        QWidget.setTabOrder(self.departmentAddress, self.departmentPhone)
        QWidget.setTabOrder(self.departmentPhone, self.autolockSpin)
        QWidget.setTabOrder(self.autolockSpin, self.backupFolder)
        QWidget.setTabOrder(self.backupFolder, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.saveSettingsButton)

        self.retranslateUi(AdminHomeScreen)
    # setupUi

    def retranslateUi(self, AdminHomeScreen):
        self.titleLabel.setText(QCoreApplication.translate("AdminHomeScreen", u"Administration", None))
        self.usersBox.setTitle(QCoreApplication.translate("AdminHomeScreen", u"Users", None))
#if QT_CONFIG(accessibility)
        self.usersTable.setAccessibleName(QCoreApplication.translate("AdminHomeScreen", u"Users", None))
#endif // QT_CONFIG(accessibility)
        self.manageUsersButton.setText(QCoreApplication.translate("AdminHomeScreen", u"&Manage users\u2026", None))
        self.auditButton.setText(QCoreApplication.translate("AdminHomeScreen", u"&Audit trail\u2026", None))
        self.outcomesButton.setText(QCoreApplication.translate("AdminHomeScreen", u"&Outcomes\u2026", None))
        self.interfacesButton.setText(QCoreApplication.translate("AdminHomeScreen", u"&Hospital interfaces\u2026", None))
        self.settingsBox.setTitle(QCoreApplication.translate("AdminHomeScreen", u"Department and safety settings", None))
        self.departmentNameLabel.setText(QCoreApplication.translate("AdminHomeScreen", u"&Department", None))
#if QT_CONFIG(accessibility)
        self.departmentName.setAccessibleName(QCoreApplication.translate("AdminHomeScreen", u"Department name", None))
#endif // QT_CONFIG(accessibility)
        self.departmentAddressLabel.setText(QCoreApplication.translate("AdminHomeScreen", u"Add&ress", None))
#if QT_CONFIG(accessibility)
        self.departmentAddress.setAccessibleName(QCoreApplication.translate("AdminHomeScreen", u"Department address", None))
#endif // QT_CONFIG(accessibility)
        self.departmentPhoneLabel.setText(QCoreApplication.translate("AdminHomeScreen", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.departmentPhone.setAccessibleName(QCoreApplication.translate("AdminHomeScreen", u"Department phone", None))
#endif // QT_CONFIG(accessibility)
        self.autolockLabel.setText(QCoreApplication.translate("AdminHomeScreen", u"&Lock after idle", None))
#if QT_CONFIG(accessibility)
        self.autolockSpin.setAccessibleName(QCoreApplication.translate("AdminHomeScreen", u"Lock the screen after this many idle minutes", None))
#endif // QT_CONFIG(accessibility)
        self.autolockSpin.setSuffix(QCoreApplication.translate("AdminHomeScreen", u" min", None))
        self.backupFolderLabel.setText(QCoreApplication.translate("AdminHomeScreen", u"&Backup folder", None))
#if QT_CONFIG(accessibility)
        self.backupFolder.setAccessibleName(QCoreApplication.translate("AdminHomeScreen", u"Backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("AdminHomeScreen", u"Browse\u2026", None))
        self.settingsMessage.setText("")
#if QT_CONFIG(accessibility)
        self.settingsMessage.setAccessibleName(QCoreApplication.translate("AdminHomeScreen", u"Settings message", None))
#endif // QT_CONFIG(accessibility)
        self.saveSettingsButton.setText(QCoreApplication.translate("AdminHomeScreen", u"&Save settings", None))
        pass
    # retranslateUi

