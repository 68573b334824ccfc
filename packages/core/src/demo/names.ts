/** Name pools for agents, customers, companies and teams. Fictional and deliberately diverse. */

export const FIRST_NAMES = [
  'Maria', 'James', 'Aisha', 'Daniel', 'Priya', 'Marcus', 'Sofia', 'Kevin', 'Grace', 'Tomás', 'Hannah', 'Omar',
  'Lucy', 'Andre', 'Mei', 'Jordan', 'Fatima', 'Ryan', 'Elena', 'Darnell', 'Chloe', 'Samuel', 'Yuki', 'Brandon',
  'Nadia', 'Ethan', 'Rosa', 'Tyler', 'Amara', 'Connor', 'Leila', 'Victor', 'Jasmine', 'Miguel', 'Olivia', 'Dev',
  'Brianna', 'Hugo', 'Tanya', 'Isaac', 'Keisha', 'Nathan', 'Ingrid', 'Carlos', 'Zoe', 'Malik', 'Paula', 'Sean',
  'Anita', 'Derek', 'Lena', 'Rahul', 'Monique', 'Gavin', 'Camila', 'Trevor', 'Noor', 'Patrick', 'Ivy', 'Rafael',
];

export const LAST_NAMES = [
  'Garcia', 'Okafor', 'Nguyen', 'Patel', 'Thompson', 'Kowalski', 'Haddad', 'Johnson', 'Silva', 'Murphy', 'Chen',
  'Rossi', 'Williams', 'Ibrahim', 'Fischer', 'Martinez', 'Brooks', 'Tanaka', 'Lindqvist', 'Mensah', 'Reyes',
  "O'Brien", 'Novak', 'Sato', 'Campbell', 'Hughes', 'Dubois', 'Alvarez', 'Baker', 'Khan', 'Petrov', 'Walsh',
  'Adeyemi', 'Morales', 'Park', 'Jensen', 'Coleman', 'Ortiz', 'Schmidt', 'Bennett',
];

/** Fictional telecom brands: the stories are about internet, mobile and TV service and the devices sold with it. */
export const COMPANIES = ['Northwind Connect', 'Brightwave', 'Clearpath Mobile', 'Lumen Home', 'Skyreach Fiber', 'Meridian Telecom', 'Harborline'];

export const TEAM_NAMES = ['Care East', 'Care West', 'Loyalty & Sales', 'Billing & Collections', 'Tech Desk', 'Priority Care', 'Night Shift', 'Digital Support'];

/** Local business-hours offset of each team's site, in hours from UTC. */
export const TEAM_UTC_OFFSETS = [-5, -8, -6, 0, 1, -7, -4, 2];
