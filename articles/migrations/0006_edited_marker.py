"""The edit marker (`Article.edited_at`), the newer source text kept for edited articles,
and the title each imported file gave (`Provenance.title`).

Articles that the admin's log shows a person added or changed are marked edited, at the
time of their last such entry: imports before this migration overwrote them, from now on
they keep them. A change entry with an empty message ("No fields changed.") changed
nothing and does not count. A file's title is taken to be its article's (the best
record there is of it). Frozen: it reads only the historical models.
"""

import django.db.models.deletion
from django.db import migrations, models

ADDITION, CHANGE = 1, 2  # django.contrib.admin.models: frozen here like the rest


def mark_edited_from_admin_log(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    LogEntry = apps.get_model("admin", "LogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    content_type = ContentType.objects.using(db).filter(app_label="articles", model="article").first()
    if content_type is None:
        return
    entries = (
        LogEntry.objects.using(db)
        .filter(content_type=content_type, action_flag__in=[ADDITION, CHANGE])
        .exclude(action_flag=CHANGE, change_message__in=["", "[]"])
        .values_list("object_id", "action_time")
    )
    last_edit = {}
    for object_id, action_time in entries.iterator():
        if object_id.isdigit():
            pk = int(object_id)
            last_edit[pk] = max(action_time, last_edit.get(pk, action_time))
    for pk, edited_at in last_edit.items():
        Article.objects.using(db).filter(pk=pk, edited_at__isnull=True).update(edited_at=edited_at)


def fill_file_titles(apps, schema_editor):
    Provenance = apps.get_model("articles", "Provenance")
    Article = apps.get_model("articles", "Article")
    db = schema_editor.connection.alias
    titles = Article.objects.using(db).filter(pk=models.OuterRef("article_id")).values("title")[:1]
    Provenance.objects.using(db).filter(title="").update(title=models.Subquery(titles))


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0005_language_default_from_settings'),
        ('admin', '0003_logentry_add_action_flag_choices'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.CreateModel(
            name='SourceUpdate',
            fields=[
                ('article', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='source_update', serialize=False, to='articles.article')),
                ('found_at', models.DateTimeField(verbose_name='found at')),
                ('file_name', models.CharField(blank=True, max_length=500, verbose_name='file name')),
                ('file_format', models.CharField(choices=[('html', 'Saved web page'), ('text', 'Text dump'), ('json', 'Newsroom export')], max_length=10, verbose_name='format')),
                ('content_hash', models.CharField(max_length=64, verbose_name='content hash')),
                ('title', models.CharField(max_length=300, verbose_name='title')),
                ('body', models.TextField(verbose_name='body')),
                ('raw', models.BinaryField(verbose_name='new file (zlib-compressed)')),
            ],
            options={
                'verbose_name': 'source update',
                'verbose_name_plural': 'source updates',
            },
        ),
        migrations.AddField(
            model_name='article',
            name='edited_at',
            field=models.DateTimeField(blank=True, editable=False, help_text='When an editor last changed the article in the desk. Imports never overwrite an edited article.', null=True, verbose_name='edited at'),
        ),
        migrations.AddField(
            model_name='provenance',
            name='title',
            field=models.CharField(blank=True, help_text='The headline as the file gave it: a re-import finds the story by it.', max_length=300, verbose_name='title in the file'),
        ),
        migrations.RunPython(mark_edited_from_admin_log, migrations.RunPython.noop),
        migrations.RunPython(fill_file_titles, migrations.RunPython.noop),
    ]
