# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_home.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

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
        self.settingsLayout.setContentsMargins(6, -1, 6, -1)

        self.columns.addWidget(self.settingsBox)


        self.pageLayout.addLayout(self.columns)

        QWidget.setTabOrder(self.usersTable, self.manageUsersButton)
        QWidget.setTabOrder(self.manageUsersButton, self.auditButton)
        QWidget.setTabOrder(self.auditButton, self.outcomesButton)
        QWidget.setTabOrder(self.outcomesButton, self.interfacesButton)

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
        pass
    # retranslateUi

