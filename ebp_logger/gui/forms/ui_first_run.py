# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_FirstRunScreen(object):
    def setupUi(self, FirstRunScreen):
        if not FirstRunScreen.objectName():
            FirstRunScreen.setObjectName(u"FirstRunScreen")
        self.pageLayout = QVBoxLayout(FirstRunScreen)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(40, 24, 40, 24)
        self.titleLabel = QLabel(FirstRunScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"kind", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(FirstRunScreen)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(24)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.departmentBox = QGroupBox(FirstRunScreen)
        self.departmentBox.setObjectName(u"departmentBox")
        self.departmentForm = QFormLayout(self.departmentBox)
        self.departmentForm.setObjectName(u"departmentForm")
        self.departmentNameLabel = QLabel(self.departmentBox)
        self.departmentNameLabel.setObjectName(u"departmentNameLabel")

        self.departmentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.departmentNameLabel)

        self.departmentName = QLineEdit(self.departmentBox)
        self.departmentName.setObjectName(u"departmentName")

        self.departmentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.departmentName)

        self.departmentAddressLabel = QLabel(self.departmentBox)
        self.departmentAddressLabel.setObjectName(u"departmentAddressLabel")

        self.departmentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.departmentAddressLabel)

        self.departmentAddress = QLineEdit(self.departmentBox)
        self.departmentAddress.setObjectName(u"departmentAddress")

        self.departmentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.departmentAddress)

        self.departmentPhoneLabel = QLabel(self.departmentBox)
        self.departmentPhoneLabel.setObjectName(u"departmentPhoneLabel")

        self.departmentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentPhoneLabel)

        self.departmentPhone = QLineEdit(self.departmentBox)
        self.departmentPhone.setObjectName(u"departmentPhone")

        self.departmentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departmentPhone)


        self.leftColumn.addWidget(self.departmentBox)

        self.backupBox = QGroupBox(FirstRunScreen)
        self.backupBox.setObjectName(u"backupBox")
        self.backupLayout = QVBoxLayout(self.backupBox)
        self.backupLayout.setObjectName(u"backupLayout")
        self.backupHelpLabel = QLabel(self.backupBox)
        self.backupHelpLabel.setObjectName(u"backupHelpLabel")
        self.backupHelpLabel.setWordWrap(True)
        self.backupHelpLabel.setProperty(u"kind", u"muted")

        self.backupLayout.addWidget(self.backupHelpLabel)

        self.backupRow = QHBoxLayout()
        self.backupRow.setObjectName(u"backupRow")
        self.backupFolder = QLineEdit(self.backupBox)
        self.backupFolder.setObjectName(u"backupFolder")

        self.backupRow.addWidget(self.backupFolder)

        self.browseButton = QPushButton(self.backupBox)
        self.browseButton.setObjectName(u"browseButton")

        self.backupRow.addWidget(self.browseButton)


        self.backupLayout.addLayout(self.backupRow)


        self.leftColumn.addWidget(self.backupBox)


        self.columns.addLayout(self.leftColumn)

        self.adminBox = QGroupBox(FirstRunScreen)
        self.adminBox.setObjectName(u"adminBox")
        self.adminForm = QFormLayout(self.adminBox)
        self.adminForm.setObjectName(u"adminForm")
        self.adminFullNameLabel = QLabel(self.adminBox)
        self.adminFullNameLabel.setObjectName(u"adminFullNameLabel")

        self.adminForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.adminFullNameLabel)

        self.adminFullName = QLineEdit(self.adminBox)
        self.adminFullName.setObjectName(u"adminFullName")

        self.adminForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adminFullName)

        self.adminUsernameLabel = QLabel(self.adminBox)
        self.adminUsernameLabel.setObjectName(u"adminUsernameLabel")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adminUsernameLabel)

        self.adminUsername = QLineEdit(self.adminBox)
        self.adminUsername.setObjectName(u"adminUsername")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adminUsername)

        self.adminPasswordLabel = QLabel(self.adminBox)
        self.adminPasswordLabel.setObjectName(u"adminPasswordLabel")

        self.adminForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adminPasswordLabel)

        self.adminPassword = QLineEdit(self.adminBox)
        self.adminPassword.setObjectName(u"adminPassword")
        self.adminPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adminPassword)

        self.adminRepeatLabel = QLabel(self.adminBox)
        self.adminRepeatLabel.setObjectName(u"adminRepeatLabel")

        self.adminForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adminRepeatLabel)

        self.adminRepeat = QLineEdit(self.adminBox)
        self.adminRepeat.setObjectName(u"adminRepeat")
        self.adminRepeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adminRepeat)


        self.columns.addWidget(self.adminBox)


        self.pageLayout.addLayout(self.columns)

        self.messageLabel = QLabel(FirstRunScreen)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"kind", u"error")

        self.pageLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.createButton = QPushButton(FirstRunScreen)
        self.createButton.setObjectName(u"createButton")
        self.createButton.setProperty(u"kind", u"primary")

        self.buttonRow.addWidget(self.createButton)


        self.pageLayout.addLayout(self.buttonRow)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.departmentNameLabel.setBuddy(self.departmentName)
        self.departmentAddressLabel.setBuddy(self.departmentAddress)
        self.departmentPhoneLabel.setBuddy(self.departmentPhone)
        self.adminFullNameLabel.setBuddy(self.adminFullName)
        self.adminUsernameLabel.setBuddy(self.adminUsername)
        self.adminPasswordLabel.setBuddy(self.adminPassword)
        self.adminRepeatLabel.setBuddy(self.adminRepeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.departmentName, self.departmentAddress)
        QWidget.setTabOrder(self.departmentAddress, self.departmentPhone)
        QWidget.setTabOrder(self.departmentPhone, self.backupFolder)
        QWidget.setTabOrder(self.backupFolder, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.adminFullName)
        QWidget.setTabOrder(self.adminFullName, self.adminUsername)
        QWidget.setTabOrder(self.adminUsername, self.adminPassword)
        QWidget.setTabOrder(self.adminPassword, self.adminRepeat)
        QWidget.setTabOrder(self.adminRepeat, self.createButton)

        self.retranslateUi(FirstRunScreen)

        self.createButton.setDefault(True)

    # setupUi

    def retranslateUi(self, FirstRunScreen):
        self.titleLabel.setText(QCoreApplication.translate("FirstRunScreen", u"Welcome to EBP Logger", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunScreen", u"This database is new. Enter the department's details (they are printed on every record and discharge sheet), create the first administrator, and choose where backups go. The administrator then creates the other users.", None))
        self.departmentBox.setTitle(QCoreApplication.translate("FirstRunScreen", u"Department", None))
        self.departmentNameLabel.setText(QCoreApplication.translate("FirstRunScreen", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.departmentName.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Department name", None))
#endif // QT_CONFIG(accessibility)
        self.departmentName.setPlaceholderText(QCoreApplication.translate("FirstRunScreen", u"e.g. Department of Anaesthesiology", None))
        self.departmentAddressLabel.setText(QCoreApplication.translate("FirstRunScreen", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.departmentAddress.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Department address", None))
#endif // QT_CONFIG(accessibility)
        self.departmentPhoneLabel.setText(QCoreApplication.translate("FirstRunScreen", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.departmentPhone.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Department phone", None))
#endif // QT_CONFIG(accessibility)
        self.departmentPhone.setPlaceholderText(QCoreApplication.translate("FirstRunScreen", u"the number patients call after discharge", None))
        self.backupBox.setTitle(QCoreApplication.translate("FirstRunScreen", u"Backups", None))
        self.backupHelpLabel.setText(QCoreApplication.translate("FirstRunScreen", u"A copy of the database is written here after each completed session and daily. Prefer a network drive or another disk.", None))
#if QT_CONFIG(accessibility)
        self.backupFolder.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("FirstRunScreen", u"&Browse\u2026", None))
        self.adminBox.setTitle(QCoreApplication.translate("FirstRunScreen", u"First administrator", None))
        self.adminFullNameLabel.setText(QCoreApplication.translate("FirstRunScreen", u"&Full name", None))
#if QT_CONFIG(accessibility)
        self.adminFullName.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Administrator's full name", None))
#endif // QT_CONFIG(accessibility)
        self.adminUsernameLabel.setText(QCoreApplication.translate("FirstRunScreen", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.adminUsername.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Administrator's user name", None))
#endif // QT_CONFIG(accessibility)
        self.adminUsername.setPlaceholderText(QCoreApplication.translate("FirstRunScreen", u"letters, digits, . - _", None))
        self.adminPasswordLabel.setText(QCoreApplication.translate("FirstRunScreen", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.adminPassword.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Administrator's password", None))
#endif // QT_CONFIG(accessibility)
        self.adminRepeatLabel.setText(QCoreApplication.translate("FirstRunScreen", u"&Repeat password", None))
#if QT_CONFIG(accessibility)
        self.adminRepeat.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Repeat the password", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("FirstRunScreen", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.createButton.setText(QCoreApplication.translate("FirstRunScreen", u"&Create and continue", None))
        pass
    # retranslateUi

