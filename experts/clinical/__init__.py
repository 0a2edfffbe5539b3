"""Clinical experts: the lab panel (one analyte catalogue with reference and critical limits), derived values, surgical risk scores, and open-medicine's calculators."""
