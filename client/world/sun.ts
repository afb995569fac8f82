/** Where the late-afternoon sun stands, as the key light's position (it shines towards the origin). */
export const SUN = [60, 70, 35] as const;
