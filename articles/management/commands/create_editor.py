"""Create or update a desk account: staff, not superuser, in the Editors group.

Touches one user row and its group membership. Safe to re-run: an existing editor keeps
its account, is put back in the group and gets the new password.
"""

import getpass
import os
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

EDITORS_GROUP = "Editors"  # created by migration articles 0002
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
        User = get_user_model()
        username = User.normalize_username(username.strip())
        if not username:
            raise CommandError("The username is empty.")
        if email is not None:
            email = User.objects.normalize_email(email.strip())
            try:
                validate_email(email)
            except ValidationError:
                raise CommandError(f"“{email}” is not an email address.") from None
        try:
            group = Group.objects.get(name=EDITORS_GROUP)
        except Group.DoesNotExist:
            raise CommandError(
                f"The {EDITORS_GROUP} group does not exist; run `manage.py migrate` first."
            ) from None

        user = User.objects.filter(username=username).first()
        if user is not None and user.is_superuser:
            raise CommandError(
                f"“{username}” is a superuser; this command only manages editor accounts. "
                "Pick another username."
            )
        created = user is None
        if created:
            user = User(username=username)
        if email is not None:
            user.email = email
        user.is_staff = True
        user.is_active = True

        password = self.read_password(interactive)
        try:
            validate_password(password, user=user)
        except ValidationError as error:
            problems = " ".join(error.messages)
            raise CommandError(f"The password was refused: {problems}") from None
        user.set_password(password)

        with transaction.atomic():
            user.save()
            user.groups.add(group)
        verb = "Created" if created else "Updated"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} editor “{username}” in the {EDITORS_GROUP} group; "
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
