import { LEVELS } from '../domain/levels';

/** One <option> per level, in chain order, named as the lanes are. */
export function LevelOptions() {
  return (
    <>
      {LEVELS.map((level) => (
        <option key={level.id} value={level.id}>
          {level.name}
        </option>
      ))}
    </>
  );
}
