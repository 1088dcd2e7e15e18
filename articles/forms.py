"""The reader's filter form: validates every GET parameter before it reaches the ORM."""

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from . import languages, search

MAX_QUERY_LENGTH = 200
BEST_MATCH, NEWEST, OLDEST = "relevance", "newest", "oldest"
# Every other parameter is named by its field; `from` is a Python keyword, so the date
# fields are named date_from and date_to and read and render these public names instead.
DATE_FROM, DATE_TO = "from", "to"
FILTERS = ("q", "source", "tag", "lang", "date_from", "date_to")  # fields that narrow the list


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
        validators=[languages.code_validator],
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

    PUBLIC_NAMES = {"date_from": DATE_FROM, "date_to": DATE_TO}

    def __init__(self, params, *, sources, tags, language_codes: list[str], ranks: bool):
        """`language_codes` are those in use; `ranks` says whether the database ranks
        matches by relevance (PostgreSQL) or can only list them by date."""
        super().__init__(params)
        self.ranks = ranks
        self.fields["source"].choices = sources
        self.fields["tag"].choices = tags
        self.fields["lang"].widget.choices = [("", _("Any language"))] + [
            (code, languages.label(code)) for code in language_codes
        ]

    def add_prefix(self, field_name):
        return self.PUBLIC_NAMES.get(field_name, field_name)

    def clean_q(self):
        # A query with no word to look for (punctuation, a lone `OR` or `-word`) means
        # "no query", not an error.
        self.query = search.parse(self.cleaned_data["q"])
        return self.query.text if self.query else ""

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("date_from"), cleaned.get("date_to")
        if first and last and first > last:
            self.add_error("date_to", _("The end date is before the start date."))
        return cleaned

    def filter(self, articles):
        """`articles` narrowed by every filter in use, in `self.order`."""
        data = self.cleaned_data
        if self.query:
            articles = articles.search(self.query)
        if data["source"]:
            articles = articles.from_sources(data["source"])
        if data["tag"]:
            articles = articles.tagged(data["tag"])
        if data["lang"]:
            articles = articles.in_language(data["lang"])
        articles = articles.published_between(data["date_from"], data["date_to"])
        if self.order == BEST_MATCH:
            return articles.best_match_first()
        return articles.oldest_first() if self.order == OLDEST else articles.newest_first()

    @cached_property
    def query(self) -> search.Query:
        """The words to search for, parsed once (empty when the form is not valid)."""
        return search.parse("")

    @property
    def is_filtered(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return any(data.get(name) for name in FILTERS)

    @property
    def order(self) -> str:
        """The order the results are listed in: `BEST_MATCH` only when they are ranked
        (words to search for, a database that ranks, no date order asked for)."""
        asked = getattr(self, "cleaned_data", {}).get("sort") or BEST_MATCH
        if asked == BEST_MATCH and not (self.query and self.ranks):
            return NEWEST
        return asked

    @property
    def is_ranked(self) -> bool:
        """Listed best match first, by the rank of each match."""
        return self.order == BEST_MATCH

    @property
    def is_oldest_first(self) -> bool:
        return self.order == OLDEST

    @property
    def ranking_unavailable(self) -> bool:
        """Words were given, but this database lists matches by date only."""
        return bool(self.query) and not self.ranks
