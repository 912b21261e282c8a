"""Lambda entry point for the auth route group."""

from mangum import Mangum

from functions.auth.routes import router
from shared.api.app import create_app

app = create_app([router], title="ChatBI auth")
handler = Mangum(app, lifespan="off")
