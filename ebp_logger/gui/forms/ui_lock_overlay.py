# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_overlay.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_LockOverlay(object):
    def setupUi(self, LockOverlay):
        if not LockOverlay.objectName():
            LockOverlay.setObjectName(u"LockOverlay")
        self.outerGrid = QGridLayout(LockOverlay)
        self.outerGrid.setObjectName(u"outerGrid")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerGrid.addItem(self.topSpacer, 0, 1, 1, 1)

        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerGrid.addItem(self.leftSpacer, 1, 0, 1, 1)

        self.card = QGroupBox(LockOverlay)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(520, 0))
        self.card.setProperty(u"kind", u"card")
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(12)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(28, 24, 28, 24)
        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"kind", u"title")

        self.cardLayout.addWidget(self.titleLabel)

        self.infoLabel = QLabel(self.card)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.infoLabel)

        self.activityLabel = QLabel(self.card)
        self.activityLabel.setObjectName(u"activityLabel")
        self.activityLabel.setWordWrap(True)
        self.activityLabel.setProperty(u"kind", u"warning")

        self.cardLayout.addWidget(self.activityLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.usernameLabel = QLabel(self.card)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(self.card)
        self.username.setObjectName(u"username")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(self.card)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.card)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.cardLayout.addLayout(self.form)

        self.messageLabel = QLabel(self.card)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"kind", u"error")

        self.cardLayout.addWidget(self.messageLabel)

        self.unlockButton = QPushButton(self.card)
        self.unlockButton.setObjectName(u"unlockButton")
        self.unlockButton.setProperty(u"kind", u"primary")

        self.cardLayout.addWidget(self.unlockButton)

        self.helpLabel = QLabel(self.card)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)
        self.helpLabel.setProperty(u"kind", u"muted")

        self.cardLayout.addWidget(self.helpLabel)


        self.outerGrid.addWidget(self.card, 1, 1, 1, 1)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerGrid.addItem(self.rightSpacer, 1, 2, 1, 1)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerGrid.addItem(self.bottomSpacer, 2, 1, 1, 1)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.unlockButton)

        self.retranslateUi(LockOverlay)

        self.unlockButton.setDefault(True)

    # setupUi

    def retranslateUi(self, LockOverlay):
        self.titleLabel.setText(QCoreApplication.translate("LockOverlay", u"Screen locked", None))
        self.infoLabel.setText("")
        self.activityLabel.setText("")
        self.usernameLabel.setText(QCoreApplication.translate("LockOverlay", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(QCoreApplication.translate("LockOverlay", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("LockOverlay", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("LockOverlay", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("LockOverlay", u"Unlock message", None))
#endif // QT_CONFIG(accessibility)
        self.unlockButton.setText(QCoreApplication.translate("LockOverlay", u"Unlock", None))
        self.helpLabel.setText(QCoreApplication.translate("LockOverlay", u"Another user may unlock with their own user name and password; the screen then continues as that user.", None))
        pass
    # retranslateUi

