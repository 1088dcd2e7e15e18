"""Desk accounts: staff, never superusers, in the Editors group (created by migration 0002).

`save_editor` creates or updates one such account; safe to re-run: an existing editor
keeps its account, is put back in the group and gets the new password.
"""

from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

EDITORS_GROUP = "Editors"


class EditorError(ValueError):
    """Why the account was not saved, in words for the person who asked."""


def save_editor(username: str, *, email: str | None, password: Callable[[], str]):
    """Create or update the editor `username`: (the user, whether it was created).

    `password` is asked for only once the account is known to be one this may manage.
    """
    User = get_user_model()
    username = User.normalize_username(username.strip())
    if not username:
        raise EditorError("The username is empty.")
    if email is not None:
        email = User.objects.normalize_email(email.strip())
        try:
            validate_email(email)
        except ValidationError:
            raise EditorError(f"“{email}” is not an email address.") from None
    try:
        group = Group.objects.get(name=EDITORS_GROUP)
    except Group.DoesNotExist:
        raise EditorError(
            f"The {EDITORS_GROUP} group does not exist; run `manage.py migrate` first."
        ) from None

    user = User.objects.filter(username=username).first()
    if user is not None and user.is_superuser:
        raise EditorError(
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

    secret = password()
    try:
        validate_password(secret, user=user)
    except ValidationError as error:
        raise EditorError(f"The password was refused: {' '.join(error.messages)}") from None
    user.set_password(secret)

    with transaction.atomic():
        user.save()
        user.groups.add(group)
    return user, created
