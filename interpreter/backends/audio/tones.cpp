// Placeholder until the tones land.
