"""Lambda entry point of the datasets group: /api/v1/datasources."""

from mangum import Mangum

from functions.datasets.routes import router
from shared.api.app import create_app

app = create_app([router], title="ChatBI datasets")
handler = Mangum(app, lifespan="off")
