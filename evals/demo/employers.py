"""Invented employer names for work histories (none of them is a demo job's company)."""

from __future__ import annotations

EMPLOYERS = (
    "Kettleworks", "Bluefin Labs", "Crateflow", "Mosaic Health", "Ravel Systems",
    "Quarry Analytics", "Lumen Freight", "Oakridge Insurance", "Helix Retail",
    "Pinecrest Bank", "Sundial Media", "Vantage Mobility", "Tessellate",
    "Nordlicht Software GmbH", "Kanaal Data B.V.", "Marés Digital", "Maple Ledger Inc.",
    "Saffron Systems Pvt. Ltd.", "Copperleaf Games", "Driftwood Travel",
    "Greenfield Agritech", "Ironbark Security", "Juniper Learning", "Kestrel Logistics",
    "Lighthouse Insurance", "Meridian Foods", "Nimbus Cloudworks", "Orchard Health",
    "Parallax Studios", "Quayside Energy", "Redwood Analytics", "Silverline Telecom",
    "Tandem Robotics", "Umbra Fashion", "Verdant Power", "Wayfarer Hotels",
    "Yellowtail Media", "Zephyr Airways", "Amberfield Bank", "Birchwood Publishing",
    "Cinder & Slate", "Dovetail HR", "Fathom Maritime", "Glasshouse Retail",
    "Harbourview Capital", "Inkwell Press", "Jadestone Payments", "Larkspur Pharma",
    "Monsoon Commerce Pvt. Ltd.", "Northstar Mobility", "Oxbow Consulting",
    "Pebble Finance", "Quill & Co.", "Rivermark Insurance", "Stellate Bio",
    "Tidepool Ventures", "Upland Outdoor", "Vireo Software", "Willow Care",
    "Yarrow Foods", "Zinnia Health", "Brightwater Utilities", "Coral Bay Resorts",
    "Deltaforge Manufacturing", "Ember Analytics", "Foxglove Studio", "Granite Peak Bank",
    "Hollow Pine Games", "Iris Diagnostics", "Jetstream Cargo", "Loom & Lantern",
    "Mapleleaf Grocers", "Nightjar Audio", "Open Meadow Insurance", "Pallas Logistics",
    "Riverbend Telecom", "Sable Cybersecurity", "Trellis Learning", "Ursa Satellite",
)

SIDE_EMPLOYERS = ("Self-employed", "Freelance", "Independent consultant")
"""Who a part-time or freelance role running alongside a main job is "for"."""
