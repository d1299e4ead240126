"""Signing in at the desk, and creating the first manager of a new hub."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.errors import HubdeskError, ValidationError
from hubdesk.ui.forms import FieldErrors


class SignInView(QWidget):
    """Both forms in one card: sign in, or (empty database) create the first manager."""

    signed_in = Signal(object)

    def __init__(self, core: Any, last_username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.first_start = bool(core.needs_first_manager())
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("signInCard")
        card.setMaximumWidth(440)
        layout = QVBoxLayout(card)
        heading = QLabel(
            self.tr("Welcome — create the first manager")
            if self.first_start
            else self.tr("Sign in")
        )
        heading.setObjectName("signInHeading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if self.first_start:
            intro = QLabel(
                self.tr(
                    "This hub has no staff accounts yet. The first account is a manager; "
                    "it can add reception staff later."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.username = QLineEdit(last_username)
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("password")
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow("", self.errors.add("username", self.username))
        if self.first_start:
            form.addRow(self.tr("Your name"), self.display_name)
            form.addRow("", self.errors.add("display_name", self.display_name))
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.errors.add("password", self.password))
        if self.first_start:
            form.addRow(self.tr("Repeat password"), self.repeat)
            form.addRow("", self.errors.add("repeat", self.repeat))
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.button = QPushButton(
            self.tr("Create and sign in") if self.first_start else self.tr("Sign in")
        )
        self.button.setDefault(True)
        self.button.clicked.connect(self._on_button_clicked)
        layout.addWidget(self.button)
        for field in (self.username, self.display_name, self.password, self.repeat):
            field.returnPressed.connect(self._on_button_clicked)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        outer.setContentsMargins(40, 40, 40, 40)

    def focus_first_field(self) -> None:
        (self.password if self.username.text() else self.username).setFocus()

    def reset(self) -> None:
        self.password.clear()
        self.repeat.clear()
        self.message.clear()
        self.errors.clear()
        self.focus_first_field()

    def _on_button_clicked(self) -> None:
        self.errors.clear()
        self.message.clear()
        try:
            if self.first_start:
                if self.password.text() != self.repeat.text():
                    raise ValidationError("repeat", self.tr("The two passwords differ"))
                actor = self.core.create_first_manager(
                    self.username.text(), self.display_name.text(), self.password.text()
                )
            else:
                actor = self.core.sign_in(self.username.text(), self.password.text())
        except ValidationError as error:
            if not self.errors.show(error):
                self.message.setText(str(error))
            return
        except HubdeskError as error:
            self.message.setText(str(error))
            self.password.clear()
            self.password.setFocus()
            return
        self.first_start = False
        self.signed_in.emit(actor)
