"""FastAPI query service, SPARQL endpoint, web page and the kg CLI."""
