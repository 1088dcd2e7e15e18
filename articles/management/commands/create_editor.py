"""Create or update a desk account: staff, not superuser, in the Editors group.

Touches one user row and its group membership. Safe to re-run: an existing editor keeps
its account, is put back in the group and gets the new password.
"""

import getpass
import os
import sys

from django.core.management.base import BaseCommand, CommandError

from articles.editors import EDITORS_GROUP, EditorError, save_editor

PASSWORD_VARIABLE = "NEWSROOM_EDITOR_PASSWORD"


class Command(BaseCommand):
    help = (
        "Create or update an editor: a staff account in the Editors group. The password "
        f"comes from {PASSWORD_VARIABLE} when set, else it is asked twice. Safe to re-run."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default=None, help="Set the editor's email address.")
        parser.add_argument(
            "--no-input",
            action="store_false",
            dest="interactive",
            help=f"Never prompt; fail unless {PASSWORD_VARIABLE} is set.",
        )

    def handle(self, *args, username, email, interactive, **options):
        try:
            user, created = save_editor(
                username, email=email, password=lambda: self.read_password(interactive)
            )
        except EditorError as error:
            raise CommandError(str(error)) from None
        verb = "Created" if created else "Updated"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} editor “{user.username}” in the {EDITORS_GROUP} group; "
                "they can sign in at /admin/."
            )
        )

    def read_password(self, interactive):
        password = os.environ.get(PASSWORD_VARIABLE)
        if password:
            return password
        if not interactive or not sys.stdin.isatty():
            raise CommandError(
                f"No password: set {PASSWORD_VARIABLE}, or run the command in a terminal "
                "to type it."
            )
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise CommandError("The two passwords differ; nothing was changed.")
        return password
