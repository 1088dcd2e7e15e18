"""The Editors group: add, change and view articles, sources and tags; delete nothing."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS_GROUP = "Editors"
EDITOR_PERMISSIONS = [
    f"{action}_{model}"
    for model in ("article", "source", "tag")
    for action in ("add", "change", "view")
]


def create_editors_group(apps, schema_editor):
    using = schema_editor.connection.alias
    # Permissions are normally created by post_migrate, after every migration has run,
    # so on a fresh database they don't exist yet: create them now (Django ticket #23422).
    app_config = apps.get_app_config("articles")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=using)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.using(using).filter(
        content_type__app_label="articles", codename__in=EDITOR_PERMISSIONS
    )
    if permissions.count() != len(EDITOR_PERMISSIONS):
        raise RuntimeError("Some article, source or tag permissions could not be created.")
    group, _ = Group.objects.using(using).get_or_create(name=EDITORS_GROUP)
    group.permissions.set(permissions)


def delete_editors_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(name=EDITORS_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_editors_group, delete_editors_group),
    ]
