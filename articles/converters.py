"""Fixed-width date parts, so /articles/2022/01/ is the one address of January 2022."""


class FourDigitYear:
    regex = r"[0-9]{4}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):04d}"


class TwoDigits:
    regex = r"[0-9]{2}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):02d}"
