"""Desk fixtures: every desk test runs at NOW; an editor of the Editors group, signed in."""

import pytest
from django.contrib.auth.models import Group

from tests.desk.helpers import EDITOR_PASSWORD, NOW


@pytest.fixture(autouse=True)
def clock(time_machine):
    time_machine.move_to(NOW)


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("desk", password=EDITOR_PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
