"""The smallest WSGI app: what the serving stack does with no app work at all (a ceiling)."""


def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "5")])
    return [b"hello"]
