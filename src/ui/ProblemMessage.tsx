import { HOME_HREF } from '../app/route';

/** Why a page cannot show what was asked for, and the way back to the model list. */
export function ProblemMessage({ message }: { message: string }) {
  return (
    <>
      <p className="error-message" role="alert">
        {message}
      </p>
      <p>
        <a href={HOME_HREF}>Back to your models</a>
      </p>
    </>
  );
}
