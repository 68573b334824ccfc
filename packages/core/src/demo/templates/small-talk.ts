/** Small talk while something loads: an agent line and the customer's easy reply. */
export const SMALL_TALK: ReadonlyArray<{ agent: readonly string[]; customer: readonly string[] }> = [
  { agent: ['[So |]how\'s the weather [over there|in {city}] [today|this week]?'], customer: ['[Oh, |]it\'s been [raining|freezing|really hot] [all week|for days].', '[Not bad|Pretty nice], [actually|for once].'] },
  { agent: ['[Are you|Is it] [having|been] a busy [day|week]?'], customer: ['[Oh, |]always[, ha|].', '[Kind of|Yeah], [it\'s been a lot|the kids are off school].'] },
  { agent: ['[Sorry|Apologies] for the wait[, I know your time\'s valuable|].'], customer: ['[It\'s okay|That\'s alright], [honestly|I\'m used to it].', '[No, |]that\'s fine.'] },
  { agent: ['{city}, [huh|nice] — [I\'ve heard it\'s nice there|my cousin lives near there].'], customer: ['[Yeah, |]it\'s [alright|pretty nice][, ha|].', '[Oh really? |]Small world.'] },
  { agent: ['[Any|Got any] plans for the weekend?'], customer: ['[Not really|Just resting], [hopefully|honestly].', '[Yeah, |]my [sister\'s|friend\'s] [birthday|wedding].'] },
];
