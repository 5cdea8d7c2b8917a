# Measured load profiles from the client's logs (issue 8): streaming readers for Traefik, Odoo,
# pg_stat_statements and generic CSV, request classification, derivation and applying to a Review.
find_package(simdjson REQUIRED)
list(APPEND HOSTREVIEW_CORE_SOURCES
  import/classificationrules.h import/classificationrules.cpp
  import/logformat.h import/logformat.cpp
  import/linereader.h import/linereader.cpp
  import/logparsers.h import/logparsers.cpp
  import/loadaggregator.h import/loadaggregator.cpp
  import/importresult.h
  import/logimport.h import/logimport.cpp
  import/applyimport.h import/applyimport.cpp
)
