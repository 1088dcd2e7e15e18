import datetime as dt

import factory

from articles.models import Article, Source, Tag
from articles.search import update_search_vectors

EDITOR_PASSWORD = "harbour-lights-at-dusk-42"


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Source {n}")
    homepage_url = factory.LazyAttribute(
        lambda s: f"https://{s.name.lower().replace(' ', '')}.test/"
    )


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Tag {n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    """A draft by default; `published=True` gives a visible article dated in the past."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Headline number {n}")
    source = factory.SubFactory(SourceFactory)
    body = "First paragraph of the story.\n\nSecond paragraph of the story."
    language = "en"

    class Params:
        published = factory.Trait(
            status=Article.Status.PUBLISHED,
            published_at=factory.Sequence(
                lambda n: dt.datetime(2024, 1, 1, 9, tzinfo=dt.UTC) + dt.timedelta(hours=n)
            ),
        )

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)
            update_search_vectors([self.pk])  # as the admin and the importer do after tagging
