"""Slugs: the readable, permanent part of an address, unique per model."""

from django.utils.text import slugify

SLUG_MAX_LENGTH = 120


def unique_slug(model, text, *, exclude_pk=None, max_length=SLUG_MAX_LENGTH):
    """A slug for `text` that no other row of `model` uses: `title`, `title-2`, `title-3`…"""
    base = slugify(text)[:max_length].strip("-") or model._meta.model_name
    taken = model.objects.filter(slug__startswith=base[: max_length - 4])
    if exclude_pk is not None:
        taken = taken.exclude(pk=exclude_pk)
    taken = set(taken.values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        suffix = f"-{n}"
        slug = f"{base[: max_length - len(suffix)].rstrip('-')}{suffix}"
    return slug
