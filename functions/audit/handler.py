"""Lambda entry point for the audit route group."""

from mangum import Mangum

from functions.audit.routes import router
from shared.api.app import create_app

app = create_app([router], title="ChatBI audit")
handler = Mangum(app, lifespan="off")
