# simdjson parses the Traefik JSON access logs; it stays private to hostreview_core.
target_link_libraries(hostreview_core PRIVATE simdjson::simdjson)
