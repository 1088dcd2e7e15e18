"""The reader's filter form: validates every GET parameter before it reaches the ORM."""

from django import forms
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from .models import language_code_validator
from .search import searched_words

MAX_QUERY_LENGTH = 200
BEST_MATCH, NEWEST, OLDEST = "relevance", "newest", "oldest"


def language_label(code):
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


class ArticleFilterForm(forms.Form):
    """Filters that combine with AND; repeated values of one filter combine with OR."""

    q = forms.CharField(
        label=_("Words"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        widget=forms.SearchInput(attrs={"placeholder": _("Search the archive")}),
    )
    source = forms.MultipleChoiceField(
        label=_("Sources"), required=False, widget=forms.CheckboxSelectMultiple
    )
    tag = forms.MultipleChoiceField(
        label=_("Tags"), required=False, widget=forms.CheckboxSelectMultiple
    )
    lang = forms.CharField(
        label=_("Language"),
        required=False,
        max_length=35,
        validators=[language_code_validator],
        widget=forms.Select,
    )
    date_from = forms.DateField(
        label=_("From"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    date_to = forms.DateField(
        label=_("To"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    sort = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=[
            (BEST_MATCH, _("Best match first")),
            (NEWEST, _("Newest first")),
            (OLDEST, _("Oldest first")),
        ],
        help_text=_("Without words to search for, best match means newest first."),
    )
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    # `from` is a Python keyword: these fields read and render the public names instead.
    PUBLIC_NAMES = {"date_from": "from", "date_to": "to"}

    def __init__(self, params, *, sources, tags, languages):
        super().__init__(params)
        self.fields["source"].choices = sources
        self.fields["tag"].choices = tags
        self.fields["lang"].widget.choices = [("", _("Any language"))] + [
            (code, language_label(code)) for code in languages
        ]

    def add_prefix(self, field_name):
        return self.PUBLIC_NAMES.get(field_name, field_name)

    def clean_q(self):
        # A query with no word to look for (punctuation, a lone `OR` or `-word`) means
        # "no query", not an error.
        text = " ".join(self.cleaned_data["q"].split())
        return text if searched_words(text) else ""

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("date_from"), cleaned.get("date_to")
        if first and last and first > last:
            self.add_error("date_to", _("The end date is before the start date."))
        return cleaned

    def filter(self, articles):
        data = self.cleaned_data
        if data["q"]:
            articles = articles.search(data["q"])
        if data["source"]:
            articles = articles.from_sources(data["source"])
        if data["tag"]:
            articles = articles.tagged(data["tag"])
        if data["lang"]:
            articles = articles.in_language(data["lang"])
        articles = articles.published_between(data["date_from"], data["date_to"])
        if data["sort"] == OLDEST:
            return articles.oldest_first()
        if data["sort"] == NEWEST:
            return articles.newest_first()
        return articles.best_match_first()

    @property
    def is_filtered(self):
        data = getattr(self, "cleaned_data", {})
        return any(
            data.get(name) for name in ("q", "source", "tag", "lang", "date_from", "date_to")
        )
