"""Fixed-width date parts, so /articles/2022/01/ is the one address of January 2022."""


class FixedDigits:
    """A number of exactly `width` digits in the path, written back zero-padded."""

    width = 2

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.regex = rf"[0-9]{{{cls.width}}}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):0{self.width}d}"


class FourDigitYear(FixedDigits):
    width = 4


class TwoDigits(FixedDigits):
    width = 2
