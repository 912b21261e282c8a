"""Lambda entry point for the chat route group (ask, conversations, feedback, export, query)."""

from mangum import Mangum

from functions.chat.routes import router
from shared.api.app import create_app

app = create_app([router], title="ChatBI chat")
handler = Mangum(app, lifespan="off")
