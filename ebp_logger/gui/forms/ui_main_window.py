# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1366, 860)
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.bannerLabel = QLabel(self.central)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setProperty(u"kind", u"banner")

        self.centralLayout.addWidget(self.bannerLabel)

        self.header = QFrame(self.central)
        self.header.setObjectName(u"header")
        self.header.setProperty(u"kind", u"header")
        self.headerLayout = QHBoxLayout(self.header)
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(16, 6, 16, 6)
        self.appLabel = QLabel(self.header)
        self.appLabel.setObjectName(u"appLabel")
        self.appLabel.setProperty(u"kind", u"header-title")

        self.headerLayout.addWidget(self.appLabel)

        self.departmentLabel = QLabel(self.header)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.headerLayout.addWidget(self.departmentLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.userLabel = QLabel(self.header)
        self.userLabel.setObjectName(u"userLabel")
        self.userLabel.setProperty(u"kind", u"header-user")

        self.headerLayout.addWidget(self.userLabel)

        self.clockLabel = QLabel(self.header)
        self.clockLabel.setObjectName(u"clockLabel")
        self.clockLabel.setProperty(u"kind", u"header-clock")

        self.headerLayout.addWidget(self.clockLabel)

        self.homeButton = QPushButton(self.header)
        self.homeButton.setObjectName(u"homeButton")
        self.homeButton.setProperty(u"kind", u"header")

        self.headerLayout.addWidget(self.homeButton)

        self.lockButton = QPushButton(self.header)
        self.lockButton.setObjectName(u"lockButton")
        self.lockButton.setProperty(u"kind", u"header")

        self.headerLayout.addWidget(self.lockButton)

        self.signOutButton = QPushButton(self.header)
        self.signOutButton.setObjectName(u"signOutButton")
        self.signOutButton.setProperty(u"kind", u"header")

        self.headerLayout.addWidget(self.signOutButton)


        self.centralLayout.addWidget(self.header)

        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"EBP Logger", None))
        self.bannerLabel.setText("")
#if QT_CONFIG(accessibility)
        self.bannerLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Database warning", None))
#endif // QT_CONFIG(accessibility)
        self.appLabel.setText(QCoreApplication.translate("MainWindow", u"EBP Logger", None))
        self.departmentLabel.setText("")
        self.userLabel.setText("")
#if QT_CONFIG(accessibility)
        self.userLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Signed-in user", None))
#endif // QT_CONFIG(accessibility)
        self.clockLabel.setText("")
#if QT_CONFIG(accessibility)
        self.clockLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Time", None))
#endif // QT_CONFIG(accessibility)
        self.homeButton.setText(QCoreApplication.translate("MainWindow", u"Home", None))
#if QT_CONFIG(tooltip)
        self.homeButton.setToolTip(QCoreApplication.translate("MainWindow", u"Back to the start page (Alt+Home)", None))
#endif // QT_CONFIG(tooltip)
        self.lockButton.setText(QCoreApplication.translate("MainWindow", u"Lock", None))
#if QT_CONFIG(tooltip)
        self.lockButton.setToolTip(QCoreApplication.translate("MainWindow", u"Lock the screen now (Ctrl+L); timers keep running", None))
#endif // QT_CONFIG(tooltip)
        self.signOutButton.setText(QCoreApplication.translate("MainWindow", u"Sign out", None))
    # retranslateUi

