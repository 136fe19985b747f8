"""spaCy pipeline components of pmk_extract (each registered with ``@Language.factory``)."""
